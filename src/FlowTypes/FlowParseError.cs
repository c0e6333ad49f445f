using System;

namespace FlowTypes;

/// <summary>What kind of problem stopped a payload from being parsed.</summary>
public enum FlowParseErrorKind
{
    /// <summary>The bytes are not well-formed JSON.</summary>
    InvalidJson,

    /// <summary>A value has a JSON type the field cannot accept.</summary>
    UnexpectedType,

    /// <summary>A key that the flow always sends is absent.</summary>
    MissingField,

    /// <summary>A key occurs twice in one object; rejected so a second value cannot slip past validation.</summary>
    DuplicateKey,

    /// <summary>The webhook body is valid JSON but carries no flow submission (no <c>nfmReply.responseJson</c>).</summary>
    NotAFlowSubmission,

    /// <summary>A configured limit (size, depth, string length, number of unknown keys) was exceeded.</summary>
    LimitExceeded,
}

/// <summary>Describes why a webhook body or <c>responseJson</c> could not be parsed. Never contains field values.</summary>
public sealed class FlowParseError
{
    /// <summary>Creates an error.</summary>
    public FlowParseError(FlowParseErrorKind kind, string path, string message)
    {
        Kind = kind;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The kind of problem.</summary>
    public FlowParseErrorKind Kind { get; }

    /// <summary>
    /// The JSON path of the problem, e.g. <c>$.return_reason</c>; for a value inside the webhook's
    /// <c>responseJson</c> string, the path of that string followed by the path inside it
    /// (<c>$.payload.content.interactive.nfmReply.responseJson/$.return_reason</c>).
    /// </summary>
    public string Path { get; }

    /// <summary>A message that says what is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown by the generated <c>Parse</c> methods; the <c>TryParse</c> methods return the <see cref="Error"/> instead.</summary>
public sealed class FlowParseException : FormatException
{
    /// <summary>Creates the exception for an error.</summary>
    public FlowParseException(FlowParseError error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>The error that was found.</summary>
    public FlowParseError Error { get; }
}
