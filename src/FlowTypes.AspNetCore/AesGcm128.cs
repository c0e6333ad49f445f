using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace FlowTypes.AspNetCore;

/// <summary>
/// AES-GCM (NIST SP 800-38D) with a nonce of any length and a 16-byte tag appended to the ciphertext, no associated
/// data: BouncyCastle's <see cref="GcmBlockCipher"/>, the implementation Meta's own C# endpoint example uses. WhatsApp
/// sends a 16-byte initial vector, which the platform's <see cref="AesGcm"/> does not accept (12-byte nonces only).
/// </summary>
internal static class AesGcm128
{
    public const int TagSize = 16;

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="destination"/> (ciphertext, then tag).</summary>
    public static void Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        if (destination.Length != plaintext.Length + TagSize)
        {
            throw new ArgumentException("The destination must be the plaintext length plus the tag size.", nameof(destination));
        }

        var cipher = Create(forEncryption: true, key, nonce);
        var written = cipher.ProcessBytes(plaintext, destination);
        cipher.DoFinal(destination[written..]);
    }

    /// <summary>Checks the tag of <paramref name="ciphertextAndTag"/> and, when it matches, decrypts into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/> when the data is shorter than a tag or the tag does not match (the destination is zeroed then).</returns>
    public static bool TryDecrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertextAndTag, Span<byte> destination)
    {
        if (ciphertextAndTag.Length < TagSize || destination.Length != ciphertextAndTag.Length - TagSize)
        {
            return false;
        }

        var cipher = Create(forEncryption: false, key, nonce);
        try
        {
            var written = cipher.ProcessBytes(ciphertextAndTag, destination);
            cipher.DoFinal(destination[written..]);
            return true;
        }
        catch (InvalidCipherTextException)
        {
            // GCM decrypts as it reads and checks the tag at the end: what was written is not authentic.
            CryptographicOperations.ZeroMemory(destination);
            return false;
        }
    }

    private static GcmBlockCipher Create(bool forEncryption, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce)
    {
        if (key.Length is not (16 or 24 or 32))
        {
            throw new CryptographicException("The AES key must be 128, 192 or 256 bits.");
        }

        if (nonce.IsEmpty)
        {
            throw new CryptographicException("The nonce must not be empty.");
        }

        // AesUtilities picks the AES-NI engine where the CPU has it.
        var cipher = new GcmBlockCipher(AesUtilities.CreateEngine());
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(key), TagSize * 8, nonce.ToArray()));
        return cipher;
    }
}
