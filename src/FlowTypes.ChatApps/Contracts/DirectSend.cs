using System.Text.Json.Serialization;

namespace FlowTypes.ChatApps;

/// <summary>The response of "Submit WhatsApp Direct Send Sample": <c>{"success":true,"category":"UTILITY"}</c>.</summary>
public sealed class DirectSendSampleResult
{
    /// <summary>Whether Meta accepted the sample (<c>success</c>, required).</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>The category Meta assigned to the sample (<c>category</c>): <c>UTILITY</c>, <c>MARKETING</c> or <c>AUTHENTICATION</c>.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }
}
