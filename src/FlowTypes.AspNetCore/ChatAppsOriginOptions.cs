using System;
using System.Collections.Generic;

namespace FlowTypes.AspNetCore;

/// <summary>
/// Where 8x8 webhooks may come from, both checks off by default. The 8x8 webhook guide asks for an address allow-list
/// ("accept webhooks only from 8x8's IP ranges") and HTTPS; 8x8 also sends back a fixed value you set on the webhook
/// (for example in its URL, <c>?secret=...</c>, or as the HTTP Authorization value). Configuration keys
/// <c>AllowedNetworks</c> (array), <c>SharedSecret</c>, <c>SharedSecretHeader</c>.
/// </summary>
public sealed class ChatAppsOriginOptions
{
    /// <summary>
    /// The addresses or CIDR ranges (<c>203.0.113.0/24</c>, <c>2001:db8::/32</c>) webhooks may come from; others get
    /// 403. Empty: any address. Behind a reverse proxy the remote address is the proxy's unless forwarded headers are
    /// applied (<c>UseForwardedHeaders</c>) before the endpoint.
    /// </summary>
    public IList<string> AllowedNetworks { get; set; } = new List<string>();

    /// <summary>
    /// A secret every request must carry in <see cref="SharedSecretHeader"/> or in the query string as <c>secret</c>;
    /// requests without it, or with another value, get 401. Empty: not checked. Compared in constant time.
    /// </summary>
    public string? SharedSecret { get; set; }

    /// <summary>The header that carries <see cref="SharedSecret"/> (default <c>X-Webhook-Secret</c>; use <c>Authorization</c> for the HTTP Authorization value set on the 8x8 webhook).</summary>
    public string SharedSecretHeader { get; set; } = "X-Webhook-Secret";

    /// <summary>Describes the options without the secret.</summary>
    public override string ToString() =>
        $"ChatAppsOriginOptions {{ AllowedNetworks = [{string.Join(", ", AllowedNetworks)}], SharedSecret = {(string.IsNullOrEmpty(SharedSecret) ? "(not set)" : "(set)")}, SharedSecretHeader = {SharedSecretHeader} }}";
}
