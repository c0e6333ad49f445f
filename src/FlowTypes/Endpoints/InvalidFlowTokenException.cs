using System;

namespace FlowTypes.Endpoints;

/// <summary>
/// Thrown by a <see cref="FlowEndpointHandler"/> when a request's <c>flow_token</c> is expired or unknown. The endpoint
/// answers with HTTP 427, which makes WhatsApp close the flow and disable its button; when
/// <see cref="UserMessage"/> is set it is sent as <c>error_msg</c> and shown to the user.
/// </summary>
public sealed class InvalidFlowTokenException : Exception
{
    /// <summary>Creates the exception without a message for the user (WhatsApp shows a generic one).</summary>
    public InvalidFlowTokenException()
        : base("The flow token is expired or unknown.")
    {
    }

    /// <summary>Creates the exception with the message WhatsApp shows the user.</summary>
    /// <param name="userMessage">The text sent as <c>error_msg</c>, for example "This booking link has expired.".</param>
    public InvalidFlowTokenException(string? userMessage)
        : base("The flow token is expired or unknown.")
    {
        UserMessage = userMessage;
    }

    /// <summary>The text sent as <c>error_msg</c> with the 427 response; <see langword="null"/> for WhatsApp's generic message.</summary>
    public string? UserMessage { get; }
}
