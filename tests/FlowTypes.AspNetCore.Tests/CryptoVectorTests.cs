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

    // NIST CAVP, "GCM Test Vectors (SP 800-38D)", gcmtestvectors.zip
    // (https://csrc.nist.gov/Projects/cryptographic-algorithm-validation-program/CAVP-TESTING-BLOCK-CIPHER-MODES):
    // the AES-128 cases without associated data and with a full 128-bit tag whose IV is not 96 bits, as the files list
    // them under [Keylen = 128] [IVlen = ...] [PTlen = ...] [AADlen = 0] [Taglen = 128].
    [Theory]
    [InlineData("gcmEncryptExtIV128.rsp IVlen=8 PTlen=128 Count=0", "15b2d414826453f9e1c7dd0b69d8d1eb", "b6", "8cfa255530c6fbc19d51bd4aeb39c91b", "4822cb98bd5f5d921ee19285c9032375", "8a40670ebac98cf4e9cc1bf8f803167d")]
    [InlineData("gcmEncryptExtIV128.rsp IVlen=1024 PTlen=128 Count=0", "71eebc49c8fb773b2224eaff3ad68714", "07e961e67784011f72faafd95b0eb64089c8de15ad685ec57e63d56e679d3e202b18b75fcbbec3185ffc41653bc2ac4ae6ae8be8c85636f353a9d19a86100d0bd035cc6bdefcab4318ac7b1a08b819427ad8f6abc782466c6ebd4d6a0dd76e78389b0a2a66506bb85f038ffc1da220c24f3817c7b2d02c5e8fc5e7e3be5074bc", "705da82292143d2c949dc4ba014f6396", "032363cf0828a03553478bec0f51f372", "c681b2c568feaa21900bc44b86aeb946")]
    [InlineData("gcmDecrypt128.rsp IVlen=1024 PTlen=0 Count=2", "6e3a3b7b1cc98c1fa4754a7d63547427", "0c87956a3ed77f63a98a97b7e6fb58bf6a4426977c3a0a6409b79e1c536229e229bb69eb376563b168c1823dc2e3d9988a0f843b4d9b872f9119bbc00e3146605c4b1ca715b9e272e59298905ad1abd3b0981969028f94441223ff927419c17156d0110f165539a883ece07d6a81d00d5aa52fa443e97ee05e79a7183de46176", "", "", "8dcd0426704986f4fe7257288466f2b5")]
    public void Matches_the_nist_cavp_vectors_with_non_96_bit_ivs(string source, string key, string iv, string plaintext, string ciphertext, string tag)
    {
        var sealedBytes = new byte[plaintext.Length / 2 + AesGcm128.TagSize];
        AesGcm128.Encrypt(Convert.FromHexString(key), Convert.FromHexString(iv), Convert.FromHexString(plaintext), sealedBytes);
        var decrypted = new byte[plaintext.Length / 2];
        var opened = AesGcm128.TryDecrypt(Convert.FromHexString(key), Convert.FromHexString(iv), Convert.FromHexString(ciphertext + tag), decrypted);

        Assert.Equal((source, ciphertext + tag), (source, Convert.ToHexStringLower(sealedBytes)));
        Assert.Equal((source, true, plaintext), (source, opened, Convert.ToHexStringLower(decrypted)));
    }

    [Fact]
    public void Rejects_the_nist_cavp_vector_marked_fail_with_an_8_bit_iv()
    {
        // gcmDecrypt128.rsp, [Keylen = 128] [IVlen = 8] [PTlen = 104] [AADlen = 0] [Taglen = 128], Count = 0: FAIL.
        var destination = Enumerable.Repeat((byte)0xAA, 13).ToArray();

        var opened = AesGcm128.TryDecrypt(
            Convert.FromHexString("58fab7632bcf10d2bcee58520bf37414"),
            Convert.FromHexString("3c"),
            Convert.FromHexString("15c4db4cbb451211179d57017f" + "eae841d4355feeb3f786bc86625f1e5b"),
            destination);

        Assert.False(opened);
        Assert.Equal(new byte[13], destination); // nothing unauthenticated is left behind
    }

    // "The Galois/Counter Mode of Operation (GCM)", McGrew and Viega, the specification NIST SP 800-38D adopted
    // (http://csrc.nist.gov/groups/ST/toolkit/BCM/documents/proposedmodes/gcm/gcm-spec.pdf), test cases 5 (64-bit IV)
    // and 6 (480-bit IV), AES-128. They authenticate associated data, which the endpoint protocol has none of, so only
    // the ciphertext (which does not depend on it) is compared; the tag is covered by the CAVP cases above.
    [Theory]
    [InlineData("test case 5", "cafebabefacedbad", "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c742373806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598")]
    [InlineData("test case 6", "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b", "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca701e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5")]
    public void Matches_the_gcm_specification_ciphertexts_with_non_96_bit_ivs(string source, string iv, string ciphertext)
    {
        var key = Convert.FromHexString("feffe9928665731c6d6a8f9467308308");
        var plaintext = Convert.FromHexString("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");

        var sealedBytes = new byte[plaintext.Length + AesGcm128.TagSize];
        AesGcm128.Encrypt(key, Convert.FromHexString(iv), plaintext, sealedBytes);

        Assert.Equal((source, ciphertext), (source, Convert.ToHexStringLower(sealedBytes.AsSpan(0, plaintext.Length))));
    }
}
