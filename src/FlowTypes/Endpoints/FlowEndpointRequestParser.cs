using System;
using System.Text.Json;

namespace FlowTypes.Endpoints;

/// <summary>
/// Reads the decrypted body of an endpoint request (<c>{"version", "action", "screen", "flow_token", "data"}</c>) into
/// a <see cref="FlowEndpointRequest"/>, within the same limits as the webhook parsers (<see cref="FlowParseOptions"/>:
/// size, depth, duplicate keys). Never throws for bad input.
/// </summary>
public static class FlowEndpointRequestParser
{
    /// <summary>Parses a decrypted request body.</summary>
    /// <param name="utf8Json">The decrypted body; <see cref="FlowEndpointRequest.Data"/> is a slice of it, not a copy.</param>
    /// <param name="options">The limits.</param>
    /// <param name="request">The request, when the body is valid.</param>
    /// <param name="error">Why the body is not a valid request, otherwise.</param>
    /// <returns><see langword="true"/> when <paramref name="request"/> was read.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, FlowParseOptions options, out FlowEndpointRequest? request, out FlowParseError? error)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        request = null;
        var span = utf8Json.Span;
        if (span.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The decrypted request is {span.Length} bytes, more than the {options.MaxBodyBytes} allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        try
        {
            if (Runtime.DuplicateKeyScanner.FindDuplicate(span, options.MaxDepth) is { } duplicatePath)
            {
                error = new FlowParseError(FlowParseErrorKind.DuplicateKey, duplicatePath, "A key occurs more than once in one object; duplicate keys are rejected.");
                return false;
            }

            var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = new FlowParseError(FlowParseErrorKind.UnexpectedType, "$", "The decrypted request is not a JSON object.");
                return false;
            }

            string? version = null, action = null, screen = null, flowToken = null;
            var data = ReadOnlyMemory<byte>.Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("version"u8) ? "version"
                    : reader.ValueTextEquals("action"u8) ? "action"
                    : reader.ValueTextEquals("screen"u8) ? "screen"
                    : reader.ValueTextEquals("flow_token"u8) ? "flow_token"
                    : reader.ValueTextEquals("data"u8) ? "data"
                    : null;
                reader.Read();
                if (name is null)
                {
                    reader.Skip();
                    continue;
                }

                if (name == "data")
                {
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        error = new FlowParseError(FlowParseErrorKind.UnexpectedType, "$.data", "data must be a JSON object.");
                        return false;
                    }

                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    data = utf8Json.Slice(start, (int)reader.BytesConsumed - start);
                    continue;
                }

                string? text;
                if (reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    text = null;
                }
                else
                {
                    error = new FlowParseError(FlowParseErrorKind.UnexpectedType, "$." + name, name + " must be a string.");
                    return false;
                }

                switch (name)
                {
                    case "version": version = text; break;
                    case "action": action = text; break;
                    case "screen": screen = text; break;
                    default: flowToken = text; break;
                }
            }

            if (action is null)
            {
                error = new FlowParseError(FlowParseErrorKind.MissingField, "$.action", "The request has no action.");
                return false;
            }

            if (version is null)
            {
                error = new FlowParseError(FlowParseErrorKind.MissingField, "$.version", "The request has no version.");
                return false;
            }

            request = new FlowEndpointRequest(version, action, screen, flowToken, data);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = Runtime.FlowParseErrors.FromDeserialization(exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            error = Runtime.FlowParseErrors.InvalidText(string.Empty);
            return false;
        }
    }

    /// <summary>
    /// Whether the request is WhatsApp's error notification (its <c>data</c> carries <c>error</c>, after the flow
    /// could not show the previous response). The endpoint acknowledges these itself.
    /// </summary>
    /// <param name="request">A parsed request.</param>
    /// <param name="errorCode">The notification's <c>error</c> value.</param>
    /// <returns><see langword="true"/> for an error notification.</returns>
    public static bool TryGetErrorNotification(FlowEndpointRequest request, out string? errorCode)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        errorCode = null;
        if (request.Data.IsEmpty)
        {
            return false;
        }

        var reader = new Utf8JsonReader(request.Data.Span, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isError = reader.ValueTextEquals("error"u8);
            reader.Read();
            if (isError && reader.TokenType == JsonTokenType.String)
            {
                errorCode = reader.GetString();
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
