using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace WebhookService;

/// <summary>
/// The origin checks the 8x8 webhook guide recommends, both off by default: accept webhooks only from the address
/// ranges you configure (the guide: "IP Whitelisting ... accept webhooks only from 8x8's IP ranges"), and a shared
/// secret that you put in the webhook URL you register (<c>?secret=...</c>) or in a header. The guide also mentions an
/// <c>X-8x8-Signature</c> header "if provided" without saying how it is computed, so no signature is checked here.
/// Serve the endpoint over HTTPS only (the guide's third rule; terminate TLS in front of the service).
/// </summary>
public sealed class OriginCheck
{
    private readonly System.Net.IPNetwork[] _networks;
    private readonly byte[]? _secretHash;
    private readonly string _header;

    public OriginCheck(IOptions<WebhookOptions> options)
    {
        var value = options.Value;
        _networks = value.AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(Parse).ToArray();
        _secretHash = string.IsNullOrEmpty(value.SharedSecret) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(value.SharedSecret));
        _header = value.SharedSecretHeader;
    }

    /// <summary>Null when the request may proceed, otherwise the status to answer (403 address not allowed, 401 secret missing or wrong).</summary>
    public int? Reject(HttpContext context)
    {
        if (_networks.Length > 0)
        {
            var remote = context.Connection.RemoteIpAddress;
            if (remote is { IsIPv4MappedToIPv6: true })
            {
                remote = remote.MapToIPv4();
            }

            if (remote is null || !_networks.Any(n => n.Contains(remote)))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        if (_secretHash is not null)
        {
            var given = context.Request.Headers[_header].ToString();
            if (given.Length == 0)
            {
                given = context.Request.Query["secret"].ToString();
            }

            // Compared as hashes in fixed time: neither the length nor a prefix of the secret leaks through timing.
            if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _secretHash))
            {
                return StatusCodes.Status401Unauthorized;
            }
        }

        return null;
    }

    private static System.Net.IPNetwork Parse(string text)
    {
        text = text.Trim();
        if (IPAddress.TryParse(text, out var address))
        {
            return new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        return System.Net.IPNetwork.TryParse(text, out var network)
            ? network
            : throw new OptionsValidationException("Webhook:AllowedNetworks", typeof(WebhookOptions), [$"Webhook:AllowedNetworks: \"{text}\" is neither an IP address nor a CIDR range such as 203.0.113.0/24"]);
    }
}
