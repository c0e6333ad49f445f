namespace FlowTypes.AspNetCore;

/// <summary>
/// Settings of a <c>MapChatAppsWebhook</c> endpoint: its limits and its origin checks. Configuration keys
/// <c>MaxBodyBytes</c>, <c>MaxDepth</c>, and the <see cref="ChatAppsOriginOptions"/> keys
/// (<c>AllowedNetworks</c>, <c>SharedSecret</c>, <c>SharedSecretHeader</c>) in the same section.
/// </summary>
public sealed class ChatAppsWebhookOptions
{
    /// <summary>The limits of the body (size: larger bodies get 413 before they are read) and of the JSON in it; default 256 KiB, depth 64.</summary>
    public FlowParseOptions ParseOptions { get; set; } = new() { MaxBodyBytes = 256 * 1024 };

    /// <summary>Where webhooks may come from (both checks off by default).</summary>
    public ChatAppsOriginOptions Origin { get; set; } = new();
}
