using System;
using System.Threading.Tasks;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace FlowTypes.AspNetCore;

/// <summary>What <see cref="ChatAppsOriginCheck.Verify"/> found.</summary>
public enum ChatAppsOriginResult
{
    /// <summary>The request may proceed.</summary>
    Allowed,

    /// <summary>The remote address is in none of the allowed networks (answer 403).</summary>
    AddressNotAllowed,

    /// <summary>A shared secret is configured and the request carries none (answer 401).</summary>
    SecretMissing,

    /// <summary>The request carries another secret (answer 401).</summary>
    SecretMismatch,
}

/// <summary>
/// The origin checks of <see cref="ChatAppsOriginOptions"/>, built once (networks parsed, the secret hashed). Usable
/// without ASP.NET Core through <see cref="Verify"/>; <see cref="ChatAppsOriginFilter"/> applies it to any minimal-API
/// endpoint, and <c>MapChatAppsWebhook</c> applies it first on every request.
/// </summary>
public sealed class ChatAppsOriginCheck
{
    private readonly IPNetwork[] _networks;
    private readonly byte[]? _secretHash;

    /// <summary>Builds the checks. A malformed network fails here, at start-up, not on the first request.</summary>
    /// <exception cref="ArgumentException">An entry of <see cref="ChatAppsOriginOptions.AllowedNetworks"/> is neither an address nor a CIDR range.</exception>
    public ChatAppsOriginCheck(ChatAppsOriginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _networks = options.AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(ParseNetwork).ToArray();
        _secretHash = string.IsNullOrEmpty(options.SharedSecret) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.SharedSecret));
        SharedSecretHeader = options.SharedSecretHeader;
    }

    /// <summary>The header the secret is read from.</summary>
    public string SharedSecretHeader { get; }

    /// <summary>True when neither check is configured.</summary>
    public bool IsOff => _networks.Length == 0 && _secretHash is null;

    /// <summary>Checks a request's remote address and the secret it carries (header value, else the <c>secret</c> query value).</summary>
    public ChatAppsOriginResult Verify(IPAddress? remoteAddress, string? givenSecret)
    {
        if (_networks.Length > 0)
        {
            if (remoteAddress is { IsIPv4MappedToIPv6: true })
            {
                remoteAddress = remoteAddress.MapToIPv4();
            }

            if (remoteAddress is null || !_networks.Any(n => n.Contains(remoteAddress)))
            {
                return ChatAppsOriginResult.AddressNotAllowed;
            }
        }

        if (_secretHash is not null)
        {
            if (string.IsNullOrEmpty(givenSecret))
            {
                return ChatAppsOriginResult.SecretMissing;
            }

            // Compared as hashes in fixed time: neither the length nor a prefix of the secret leaks through timing.
            if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(givenSecret)), _secretHash))
            {
                return ChatAppsOriginResult.SecretMismatch;
            }
        }

        return ChatAppsOriginResult.Allowed;
    }

    /// <summary>Checks a request; null when it may proceed, otherwise the status to answer (403, 401).</summary>
    public int? Reject(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsOff)
        {
            return null;
        }

        string? secret = null;
        if (_secretHash is not null)
        {
            var header = context.Request.Headers[SharedSecretHeader];
            secret = !StringValues.IsNullOrEmpty(header) ? header.ToString() : context.Request.Query["secret"].ToString();
        }

        return Verify(context.Connection.RemoteIpAddress, secret) switch
        {
            ChatAppsOriginResult.Allowed => null,
            ChatAppsOriginResult.AddressNotAllowed => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status401Unauthorized,
        };
    }

    private static IPNetwork ParseNetwork(string text)
    {
        text = text.Trim();
        if (IPAddress.TryParse(text, out var address))
        {
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        return IPNetwork.TryParse(text, out var network)
            ? network
            : throw new ArgumentException($"AllowedNetworks: \"{text}\" is neither an IP address nor a CIDR range such as 203.0.113.0/24.", nameof(ChatAppsOriginOptions.AllowedNetworks));
    }
}

/// <summary>
/// The origin checks as an endpoint filter for minimal-API endpoints of your own
/// (<c>app.MapPost("/hooks", ...).AddEndpointFilter(new ChatAppsOriginFilter(options))</c>): 403 for an address outside
/// the allowed networks, 401 for a missing or wrong secret, before the handler runs.
/// </summary>
public sealed class ChatAppsOriginFilter : IEndpointFilter
{
    private readonly ChatAppsOriginCheck _check;

    /// <summary>Creates the filter.</summary>
    public ChatAppsOriginFilter(ChatAppsOriginOptions options)
    {
        _check = new ChatAppsOriginCheck(options);
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return _check.Reject(context.HttpContext) is { } status ? new ValueTask<object?>(Results.StatusCode(status)) : next(context);
    }
}
