using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes;

/// <summary>
/// A typed WhatsApp Flow completion payload (the parsed <c>responseJson</c> of an 8x8 <c>nfmReply</c>,
/// or <c>response_json</c> of a Meta <c>nfm_reply</c>). Generated per flow file.
/// </summary>
public interface IFlowSubmission
{
    /// <summary>The <c>flow_token</c> the flow was sent with, or <see langword="null"/> when the payload has none.</summary>
    string? FlowToken { get; }

    /// <summary>
    /// Every key of the payload that the flow file does not declare, with its JSON value. Nothing is dropped:
    /// a key added to the flow after this code was compiled still reaches the handler here. The dictionary of a
    /// parsed submission compares by value: the same keys with equal JSON values.
    /// </summary>
    IReadOnlyDictionary<string, JsonElement> ExtensionData { get; }
}
