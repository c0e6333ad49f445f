using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>Our crypto against vectors made by Python's cryptography package from Meta's documentation.</summary>
public sealed class CryptoVectorTests
{
    private static FlowEndpointProcessor Processor(string pem, string? passphrase = null) =>
        new(FlowEndpointKey.Load(new FlowEndpointOptions { PrivateKeyPem = pem, PrivateKeyPassphrase = passphrase }, "test"), null, FlowParseOptions.Default, NullLogger.Instance, "test");

    [Theory]
    [MemberData(nameof(Vectors.CaseNames), MemberType = typeof(Vectors))]
    public void Decrypts_the_request_and_recovers_the_key_and_iv(string name)
    {
        var vector = Vectors.Case(name);

        Assert.True(Processor(Vectors.PrivateKeyPem).TryDecrypt(vector.RequestBody, out var plaintext, out var aesKey, out var iv, out var reason), reason);

        Assert.Equal(vector.RequestPlaintext, Encoding.UTF8.GetString(plaintext));
        Assert.Equal(vector.AesKey, aesKey);
        Assert.Equal(vector.InitialVector, iv);
    }

    [Theory]
    [MemberData(nameof(Vectors.CaseNames), MemberType = typeof(Vectors))]
    public void Encrypts_the_response_to_the_exact_bytes_the_independent_implementation_expects(string name)
    {
        var vector = Vectors.Case(name);

        var result = FlowEndpointProcessor.Encrypt(200, Encoding.UTF8.GetBytes(vector.ResponsePlaintext), vector.AesKey, vector.InitialVector);

        Assert.Equal(vector.ResponseBody, Encoding.ASCII.GetString(result.Base64Body!));
    }

    [Fact]
    public void Reads_a_passphrase_encrypted_pkcs8_key()
    {
        var vector = Vectors.Case("init");

        Assert.True(Processor(Vectors.EncryptedPrivateKeyPem, Vectors.Passphrase).TryDecrypt(vector.RequestBody, out var plaintext, out _, out _, out _));
        Assert.Equal(vector.RequestPlaintext, Encoding.UTF8.GetString(plaintext));
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("ciphertext")]
    [InlineData("iv")]
    public void A_tampered_request_does_not_decrypt(string part)
    {
        var vector = Vectors.Case("submit-details");
        var body = System.Text.Json.Nodes.JsonNode.Parse(vector.RequestBody)!.AsObject();
        var field = part == "iv" ? "initial_vector" : "encrypted_flow_data";
        var bytes = Convert.FromBase64String((string)body[field]!);
        bytes[part == "tag" ? bytes.Length - 1 : 0] ^= 0x01;
        body[field] = Convert.ToBase64String(bytes);

        Assert.False(Processor(Vectors.PrivateKeyPem).TryDecrypt(Encoding.UTF8.GetBytes(body.ToJsonString()), out var plaintext, out _, out _, out var reason));
        Assert.Equal("the AES-GCM authentication tag does not match", reason);
        Assert.Empty(plaintext);
    }

    [Fact]
    public void A_request_for_another_key_does_not_decrypt()
    {
        Assert.False(Processor(Vectors.PrivateKeyPem).TryDecrypt(Vectors.WrongKeyRequestBody, out _, out _, out _, out var reason));
        Assert.Equal("encrypted_aes_key does not decrypt with the configured private key", reason);
    }

    [Fact]
    public void Matches_the_platform_aes_gcm_for_12_byte_nonces()
    {
        // .NET's AesGcm takes 12-byte nonces only; where it applies, our GCM must agree with it byte for byte.
        var random = new Random(14);
        foreach (var length in new[] { 0, 1, 15, 16, 17, 31, 32, 33, 100, 1000 })
        {
            var key = new byte[16];
            var nonce = new byte[12];
            var plaintext = new byte[length];
            random.NextBytes(key);
            random.NextBytes(nonce);
            random.NextBytes(plaintext);
            var expected = new byte[length + 16];
            using (var platform = new AesGcm(key, 16))
            {
                platform.Encrypt(nonce, plaintext, expected.AsSpan(0, length), expected.AsSpan(length));
            }

            var actual = new byte[length + 16];
            AesGcm128.Encrypt(key, nonce, plaintext, actual);
            Assert.Equal(expected, actual);

            var roundTrip = new byte[length];
            Assert.True(AesGcm128.TryDecrypt(key, nonce, actual, roundTrip));
            Assert.Equal(plaintext, roundTrip);
        }
    }

    [Fact]
    public void Matches_the_nist_gcm_test_case_with_a_60_byte_iv()
    {
        // "The Galois/Counter Mode of Operation (GCM)", McGrew and Viega, test case 6 (AES-128, 60-byte IV, no AAD here).
        var key = Convert.FromHexString("feffe9928665731c6d6a8f9467308308");
        var iv = Convert.FromHexString("9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b");
        var plaintext = Convert.FromHexString("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        var expectedCiphertext = Convert.FromHexString("8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca701e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5");

        var sealedBytes = new byte[plaintext.Length + 16];
        AesGcm128.Encrypt(key, iv, plaintext, sealedBytes);

        Assert.Equal(expectedCiphertext, sealedBytes.Take(plaintext.Length).ToArray());
    }
}
