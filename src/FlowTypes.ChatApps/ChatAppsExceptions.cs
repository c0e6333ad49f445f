using System;
using System.Collections.Generic;
using System.Net;

namespace FlowTypes.ChatApps;

/// <summary>An 8x8 Chat Apps API call failed with an HTTP error status. Never contains the API key.</summary>
public sealed class ChatAppsApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation, for example <c>UpdateFlow</c>.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request path (no host, no key).</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">The documented error body, when the response had one.</param>
    public ChatAppsApiException(string operation, string method, string path, HttpStatusCode statusCode, ChatAppsError? error)
        : base(Describe(operation, method, path, statusCode, error))
    {
        Operation = operation;
        Method = method;
        Path = path;
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The operation, for example <c>UpdateFlow</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request path.</summary>
    public string Path { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The documented error body (<c>code</c>, <c>message</c>, <c>errorId</c>, <c>timestamp</c>), if any.</summary>
    public ChatAppsError? Error { get; }

    /// <summary>Flow validation errors carried by the error body, or empty.</summary>
    public IReadOnlyList<FlowValidationError> ValidationErrors => Error?.ValidationErrors ?? Array.Empty<FlowValidationError>();

    /// <summary>True for 401 and 403: the API key or the account/channel/sub-account id is wrong.</summary>
    public bool IsAuthenticationFailure => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static string Describe(string operation, string method, string path, HttpStatusCode statusCode, ChatAppsError? error)
    {
        var text = $"8x8 {operation} ({method} {path}) failed: {(int)statusCode} {statusCode}";
        if (statusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            text += " (the API key is wrong or expired, or it has no access to this account, sub-account or channel)";
        }

        if (error is not null)
        {
            text += $"; code {error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {error.Message ?? "(no message)"}";
            if (error.ErrorId is not null)
            {
                text += $" (errorId {error.ErrorId})";
            }
        }

        return text;
    }
}

/// <summary>An 8x8 response did not match the documented shape. <see cref="Field"/> names the field.</summary>
public sealed class ChatAppsResponseFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="field">The JSON path of the field that is missing or malformed, for example <c>$.flows[0].id</c>.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">The JSON error, if any.</param>
    public ChatAppsResponseFormatException(string operation, string field, string problem, Exception? inner = null)
        : base($"8x8 {operation}: the response does not match the documented shape: {field} {problem}", inner)
    {
        Operation = operation;
        Field = field;
    }

    /// <summary>The operation.</summary>
    public string Operation { get; }

    /// <summary>The JSON path of the offending field.</summary>
    public string Field { get; }
}
