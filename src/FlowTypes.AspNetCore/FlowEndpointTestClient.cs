using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.AspNetCore;

/// <summary>What a flow endpoint answered to a <see cref="FlowEndpointTestClient"/> request.</summary>
/// <param name="StatusCode">The HTTP status (200, or 421, 427, 432, 500, ...).</param>
/// <param name="Json">The decrypted response JSON; <see langword="null"/> when the response has no body.</param>
public sealed record FlowEndpointTestResponse(int StatusCode, string? Json);

/// <summary>
/// Sends requests to a flow endpoint the way WhatsApp does: a fresh AES-128 key and 16-byte IV per request, the key
/// wrapped with the business public key (RSA-OAEP-SHA256), the JSON sealed with AES-GCM, the body signed with
/// <c>X-Hub-Signature-256</c> when an app secret is given; and decrypts the answer (same key, flipped IV). For tests,
/// demos and health checks of your own endpoint.
/// </summary>
public sealed class FlowEndpointTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RSA _publicKey;
    private readonly byte[]? _appSecret;

    /// <summary>Creates a client.</summary>
    /// <param name="http">Sends the requests; its <see cref="HttpClient.BaseAddress"/> is the endpoint's server.</param>
    /// <param name="publicKeyPem">The business public key in PEM form (the one uploaded to WhatsApp).</param>
    /// <param name="appSecret">The Meta app secret, to sign the requests; <see langword="null"/> to send them unsigned.</param>
    public FlowEndpointTestClient(HttpClient http, string publicKeyPem, string? appSecret = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        _publicKey = RSA.Create();
        _publicKey.ImportFromPem(publicKeyPem);
        _appSecret = appSecret is null ? null : Encoding.UTF8.GetBytes(appSecret);
    }

    /// <summary>Encrypts <paramref name="requestJson"/>, posts it to <paramref name="path"/> and decrypts the answer.</summary>
    /// <param name="path">The endpoint's path, e.g. <c>/flows/booking</c>.</param>
    /// <param name="requestJson">The plaintext request, e.g. <c>{"version":"3.0","action":"INIT","flow_token":"t1"}</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<FlowEndpointTestResponse> PostAsync(string path, string requestJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestJson);
        var aesKey = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        var plaintext = Encoding.UTF8.GetBytes(requestJson);
        var sealedBytes = new byte[plaintext.Length + AesGcm128.TagSize];
        AesGcm128.Encrypt(aesKey, iv, plaintext, sealedBytes);
        byte[] body;
        using (var stream = new System.IO.MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("encrypted_flow_data", Convert.ToBase64String(sealedBytes));
                writer.WriteString("encrypted_aes_key", Convert.ToBase64String(_publicKey.Encrypt(aesKey, RSAEncryptionPadding.OaepSHA256)));
                writer.WriteString("initial_vector", Convert.ToBase64String(iv));
                writer.WriteEndObject();
            }

            body = stream.ToArray();
        }

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (_appSecret is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexString(HMACSHA256.HashData(_appSecret, body)).ToLowerInvariant());
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (text.Length == 0)
        {
            return new FlowEndpointTestResponse((int)response.StatusCode, null);
        }

        var answer = Convert.FromBase64String(text);
        if (answer.Length < AesGcm128.TagSize)
        {
            throw new CryptographicException("The endpoint's response is shorter than an AES-GCM tag.");
        }

        var flipped = iv.Select(b => (byte)~b).ToArray();
        var decrypted = new byte[answer.Length - AesGcm128.TagSize];
        if (!AesGcm128.TryDecrypt(aesKey, flipped, answer, decrypted))
        {
            throw new CryptographicException("The endpoint's response does not decrypt with the request's key and flipped IV.");
        }

        return new FlowEndpointTestResponse((int)response.StatusCode, Encoding.UTF8.GetString(decrypted));
    }

    /// <inheritdoc />
    public void Dispose() => _publicKey.Dispose();
}
