using System;
using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using Microsoft.Extensions.Logging;

namespace FlowTypes.AspNetCore;

/// <summary>What the endpoint answers: an HTTP status and, for 200 and 427, the Base64 text of the encrypted response.</summary>
internal readonly record struct FlowEndpointResult(int StatusCode, byte[]? Base64Body);

/// <summary>
/// The protocol of Meta's "Implementing Endpoint for Flows", independent of HTTP plumbing: signature check,
/// decryption, ping and error notifications, the handler call, encryption of the answer, and the status codes.
/// </summary>
internal sealed class FlowEndpointProcessor
{
    public const int DecryptionFailed = 421;
    public const int FlowTokenInvalid = 427;
    public const int SignatureInvalid = 432;

    private static readonly byte[] PingResponse = """{"data":{"status":"active"}}"""u8.ToArray();
    private static readonly byte[] AcknowledgedResponse = """{"data":{"acknowledged":true}}"""u8.ToArray();
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly RSA _privateKey;
    private readonly byte[]? _appSecret;
    private readonly FlowParseOptions _parseOptions;
    private readonly ILogger _logger;
    private readonly string _name;

    public FlowEndpointProcessor(RSA privateKey, string? appSecret, FlowParseOptions parseOptions, ILogger logger, string name)
    {
        _privateKey = privateKey;
        _appSecret = string.IsNullOrEmpty(appSecret) ? null : Encoding.UTF8.GetBytes(appSecret);
        _parseOptions = parseOptions;
        _logger = logger;
        _name = name;
    }

    public FlowParseOptions ParseOptions => _parseOptions;

    /// <summary>Runs one request. <paramref name="body"/> is the raw HTTP body, already bounded by <see cref="FlowParseOptions.MaxBodyBytes"/>.</summary>
    public async ValueTask<FlowEndpointResult> ProcessAsync(ReadOnlyMemory<byte> body, string? signatureHeader, Func<FlowEndpointHandler> handlerFactory, CancellationToken cancellationToken)
    {
        if (_appSecret is not null && !SignatureMatches(body.Span, signatureHeader))
        {
            _logger.LogWarning("Flow endpoint {Endpoint}: the X-Hub-Signature-256 header is missing or does not match the body; answered 432.", _name);
            return new FlowEndpointResult(SignatureInvalid, null);
        }

        if (!TryDecrypt(body.Span, out var plaintext, out var aesKey, out var iv, out var reason))
        {
            _logger.LogWarning("Flow endpoint {Endpoint}: the request cannot be decrypted ({Reason}); answered 421 so that WhatsApp refreshes the public key.", _name, reason);
            return new FlowEndpointResult(DecryptionFailed, null);
        }

        try
        {
            if (!FlowEndpointRequestParser.TryParse(plaintext, _parseOptions, out var request, out var error))
            {
                _logger.LogWarning("Flow endpoint {Endpoint}: the decrypted request is not valid: {Error}; answered 400.", _name, error!.ToString());
                return new FlowEndpointResult(400, null);
            }

            if (request!.Action == FlowEndpointActions.Ping)
            {
                return Encrypt(200, PingResponse, aesKey, iv);
            }

            if (FlowEndpointRequestParser.TryGetErrorNotification(request, out var errorCode))
            {
                _logger.LogWarning("Flow endpoint {Endpoint}: WhatsApp reports error {ErrorCode} on screen {Screen} after the previous response; acknowledged.", _name, errorCode, request.Screen);
                return Encrypt(200, AcknowledgedResponse, aesKey, iv);
            }

            if (request.Action is not (FlowEndpointActions.Init or FlowEndpointActions.Back or FlowEndpointActions.DataExchange))
            {
                _logger.LogWarning("Flow endpoint {Endpoint}: unknown action '{Action}'; answered 400.", _name, request.Action);
                return new FlowEndpointResult(400, null);
            }

            FlowEndpointResponse response;
            try
            {
                response = await handlerFactory().HandleAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidFlowTokenException exception)
            {
                _logger.LogInformation("Flow endpoint {Endpoint}: the handler rejected the flow token ({Action} on {Screen}); answered 427.", _name, request.Action, request.Screen);
                return exception.UserMessage is null ? new FlowEndpointResult(FlowTokenInvalid, null) : Encrypt(FlowTokenInvalid, ErrorMessage(exception.UserMessage), aesKey, iv);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Flow endpoint {Endpoint}: the handler failed on {Action} for screen {Screen}; answered 500.", _name, request.Action, request.Screen);
                return new FlowEndpointResult(500, null);
            }

            if (response.Utf8Json.IsEmpty)
            {
                _logger.LogError("Flow endpoint {Endpoint}: the handler returned an empty response for {Action} on {Screen}; answered 500.", _name, request.Action, request.Screen);
                return new FlowEndpointResult(500, null);
            }

            return Encrypt(200, response.Utf8Json.Span, aesKey, iv);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(aesKey);
        }
    }

    /// <summary>Decrypts the envelope: RSA-OAEP-SHA256 for the AES key, AES-GCM (16-byte tag appended) for the flow data.</summary>
    internal bool TryDecrypt(ReadOnlySpan<byte> body, out byte[] plaintext, out byte[] aesKey, out byte[] iv, out string reason)
    {
        plaintext = aesKey = iv = Array.Empty<byte>();
        if (!TryReadEnvelope(body, out var flowData, out var encryptedKey, out iv, out reason))
        {
            return false;
        }

        if (iv.Length != 16)
        {
            reason = $"initial_vector is {iv.Length} bytes, not 16";
            return false;
        }

        try
        {
            aesKey = _privateKey.Decrypt(encryptedKey, RSAEncryptionPadding.OaepSHA256);
        }
        catch (CryptographicException)
        {
            reason = "encrypted_aes_key does not decrypt with the configured private key";
            return false;
        }

        if (aesKey.Length != 16)
        {
            reason = $"the AES key is {aesKey.Length} bytes, not 16";
            return false;
        }

        if (flowData.Length < AesGcm128.TagSize)
        {
            reason = "encrypted_flow_data is shorter than the authentication tag";
            return false;
        }

        var output = new byte[flowData.Length - AesGcm128.TagSize];
        if (!AesGcm128.TryDecrypt(aesKey, iv, flowData, output))
        {
            CryptographicOperations.ZeroMemory(aesKey);
            reason = "the AES-GCM authentication tag does not match";
            return false;
        }

        plaintext = output;
        reason = string.Empty;
        return true;
    }

    /// <summary>Encrypts a plaintext response with the request's key and its IV with every bit flipped; Base64 text.</summary>
    internal static FlowEndpointResult Encrypt(int status, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> aesKey, ReadOnlySpan<byte> iv)
    {
        Span<byte> flipped = stackalloc byte[iv.Length];
        for (var i = 0; i < iv.Length; i++)
        {
            flipped[i] = (byte)~iv[i];
        }

        var sealedLength = plaintext.Length + AesGcm128.TagSize;
        var base64 = new byte[Base64.GetMaxEncodedToUtf8Length(sealedLength)];
        var sealedBytes = base64.AsSpan(0, sealedLength);
        AesGcm128.Encrypt(aesKey, flipped, plaintext, sealedBytes);
        Base64.EncodeToUtf8InPlace(base64, sealedLength, out var written);
        return new FlowEndpointResult(status, written == base64.Length ? base64 : base64[..written]);
    }

    private bool SignatureMatches(ReadOnlySpan<byte> body, string? header)
    {
        const string prefix = "sha256=";
        if (header is null || header.Length != prefix.Length + 64 || !header.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hex = header.AsSpan(prefix.Length);
        if (hex.ContainsAnyExcept(HexDigits))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_appSecret, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hex));
    }

    private bool TryReadEnvelope(ReadOnlySpan<byte> body, out byte[] flowData, out byte[] encryptedKey, out byte[] iv, out string reason)
    {
        flowData = encryptedKey = iv = Array.Empty<byte>();
        string? flowDataText = null, keyText = null, ivText = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = _parseOptions.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reason = "the body is not a JSON object";
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = reader.ValueTextEquals("encrypted_flow_data"u8) ? 1 : reader.ValueTextEquals("encrypted_aes_key"u8) ? 2 : reader.ValueTextEquals("initial_vector"u8) ? 3 : 0;
                reader.Read();
                if (field == 0)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    reason = "a field of the envelope is not a string";
                    return false;
                }

                var text = reader.GetString();
                if ((field == 1 ? flowDataText : field == 2 ? keyText : ivText) is not null)
                {
                    reason = "a field of the envelope occurs twice";
                    return false;
                }

                switch (field)
                {
                    case 1: flowDataText = text; break;
                    case 2: keyText = text; break;
                    default: ivText = text; break;
                }
            }
        }
        catch (JsonException)
        {
            reason = "the body is not well-formed JSON";
            return false;
        }

        if (flowDataText is null || keyText is null || ivText is null)
        {
            reason = "encrypted_flow_data, encrypted_aes_key or initial_vector is missing";
            return false;
        }

        try
        {
            flowData = Convert.FromBase64String(flowDataText);
            encryptedKey = Convert.FromBase64String(keyText);
            iv = Convert.FromBase64String(ivText);
        }
        catch (FormatException)
        {
            reason = "a field of the envelope is not Base64";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static byte[] ErrorMessage(string message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("error_msg"u8, message);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
