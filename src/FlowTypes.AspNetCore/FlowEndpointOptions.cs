using System;
using System.Text;

namespace FlowTypes.AspNetCore;

/// <summary>
/// Settings of one flow endpoint: the business private key whose public half was uploaded to WhatsApp, and the Meta
/// app secret that signs the requests. <see cref="ToString"/> never shows the key, its passphrase or the secret.
/// </summary>
public sealed class FlowEndpointOptions
{
    /// <summary>The private key as PEM text (<c>PRIVATE KEY</c>, <c>RSA PRIVATE KEY</c> or <c>ENCRYPTED PRIVATE KEY</c>). Configuration key <c>PrivateKey</c>.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>A file holding the PEM private key, read once at start-up when <see cref="PrivateKeyPem"/> is not set. Configuration key <c>PrivateKeyFile</c>.</summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>The passphrase of an encrypted (PKCS#8 <c>ENCRYPTED PRIVATE KEY</c>) PEM. Configuration key <c>PrivateKeyPassphrase</c>.</summary>
    public string? PrivateKeyPassphrase { get; set; }

    /// <summary>
    /// The Meta app secret. When set, every request must carry a matching <c>X-Hub-Signature-256</c> header
    /// (HMAC-SHA256 of the raw body) or it is answered with HTTP 432 and not handled. Configuration key <c>AppSecret</c>.
    /// </summary>
    public string? AppSecret { get; set; }

    /// <summary>The limits for the request body (size) and the decrypted request (size, depth, duplicate keys); the webhook parsers' defaults.</summary>
    public FlowParseOptions ParseOptions { get; set; } = FlowParseOptions.Default;

    /// <summary>Describes the options without their secrets.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("FlowEndpointOptions { PrivateKey = ");
        text.Append(!string.IsNullOrEmpty(PrivateKeyPem) ? "(set)" : PrivateKeyFile is { Length: > 0 } file ? "(file " + file + ")" : "(not set)");
        text.Append(", PrivateKeyPassphrase = ").Append(string.IsNullOrEmpty(PrivateKeyPassphrase) ? "(not set)" : "(set)");
        text.Append(", AppSecret = ").Append(string.IsNullOrEmpty(AppSecret) ? "(not set)" : "(set)");
        text.Append(", MaxBodyBytes = ").Append(ParseOptions.MaxBodyBytes);
        text.Append(", MaxDepth = ").Append(ParseOptions.MaxDepth).Append(" }");
        return text.ToString();
    }
}
