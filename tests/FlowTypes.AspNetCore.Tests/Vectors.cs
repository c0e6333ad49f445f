using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>One exchange from tests/TestData/endpoint-vectors/vectors.json (written by make_vectors.py).</summary>
public sealed record VectorCase(
    string Name,
    byte[] AesKey,
    byte[] InitialVector,
    string RequestPlaintext,
    byte[] RequestBody,
    string Signature,
    string ResponsePlaintext,
    string ResponseBody);

/// <summary>The vectors and the test-only key pair made by an implementation that is not ours.</summary>
public static class Vectors
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "TestData", "endpoint-vectors");
    private static readonly JsonObject Root = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "vectors.json")))!.AsObject();

    public static string PrivateKeyPem { get; } = File.ReadAllText(Path.Combine(Directory, "private-key.pem"));

    public static string EncryptedPrivateKeyPem { get; } = File.ReadAllText(Path.Combine(Directory, "private-key-encrypted.pem"));

    public static string PublicKeyPem { get; } = File.ReadAllText(Path.Combine(Directory, "public-key.pem"));

    public static string Passphrase { get; } = (string)Root["passphrase"]!;

    public static string AppSecret { get; } = (string)Root["app_secret"]!;

    public static byte[] WrongKeyRequestBody { get; } = Encoding.UTF8.GetBytes((string)Root["wrong_key_request_body"]!);

    public static string WrongKeySignature { get; } = (string)Root["wrong_key_signature"]!;

    public static IReadOnlyList<VectorCase> Cases { get; } = Root["cases"]!.AsArray().Select(node => new VectorCase(
        (string)node!["name"]!,
        Convert.FromBase64String((string)node["aes_key"]!),
        Convert.FromBase64String((string)node["initial_vector"]!),
        (string)node["request_plaintext"]!,
        Encoding.UTF8.GetBytes((string)node["request_body"]!),
        (string)node["signature"]!,
        (string)node["response_plaintext"]!,
        (string)node["response_body"]!)).ToList();

    public static IEnumerable<object[]> CaseNames => Cases.Select(c => new object[] { c.Name });

    public static VectorCase Case(string name) => Cases.Single(c => c.Name == name);

    public static string Sign(ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), body));

    /// <summary>Decrypts an endpoint's Base64 response with the request's key and flipped IV.</summary>
    public static string DecryptResponse(string base64, byte[] aesKey, byte[] initialVector)
    {
        var sealedBytes = Convert.FromBase64String(base64);
        var flipped = initialVector.Select(b => (byte)~b).ToArray();
        var plaintext = new byte[sealedBytes.Length - AesGcm128.TagSize];
        if (!AesGcm128.TryDecrypt(aesKey, flipped, sealedBytes, plaintext))
        {
            throw new InvalidOperationException("The response does not decrypt with the request's key and flipped IV.");
        }

        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Builds an encrypted request the way WhatsApp does (for requests the vectors do not cover).</summary>
    public static (byte[] Body, byte[] AesKey, byte[] InitialVector) Encrypt(string plaintext)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PublicKeyPem);
        var aesKey = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        var bytes = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[bytes.Length + AesGcm128.TagSize];
        AesGcm128.Encrypt(aesKey, iv, bytes, sealedBytes);
        var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["encrypted_flow_data"] = Convert.ToBase64String(sealedBytes),
            ["encrypted_aes_key"] = Convert.ToBase64String(rsa.Encrypt(aesKey, RSAEncryptionPadding.OaepSHA256)),
            ["initial_vector"] = Convert.ToBase64String(iv),
        });
        return (body, aesKey, iv);
    }

    public static bool JsonEquals(string expected, string actual) => JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
}
