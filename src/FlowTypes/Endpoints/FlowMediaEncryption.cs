using System;
using System.Security.Cryptography;

namespace FlowTypes.Endpoints;

/// <summary>
/// The <c>encryption_metadata</c> of a file a PhotoPicker or DocumentPicker sent to an endpoint: Base64 strings as
/// WhatsApp sends them. <see cref="Decrypt(ReadOnlySpan{byte})"/> checks and decrypts the file downloaded from the
/// file's <c>cdn_url</c>.
/// </summary>
/// <remarks>
/// Meta, "Media upload components", Decrypting and validating media
/// (https://developers.facebook.com/docs/whatsapp/flows/reference/media_upload#decrypting-and-validating-media): the
/// CDN file is the AES-256-CBC ciphertext (PKCS7 padding) followed by the first 10 bytes of HMAC-SHA256 over the
/// initialization vector and the ciphertext; SHA-256 of the whole CDN file is <c>encrypted_hash</c>, SHA-256 of the
/// decrypted file is <c>plaintext_hash</c>. Every primitive is .NET's (System.Security.Cryptography).
/// </remarks>
public sealed class FlowMediaEncryption : IEquatable<FlowMediaEncryption>
{
    /// <summary>
    /// The largest CDN file <see cref="FlowEndpointMedia.DownloadAsync"/> accepts: 25 MiB (the largest
    /// <c>max-file-size-kb</c> a picker allows, 25600), plus one block of padding and the 10-byte HMAC.
    /// </summary>
    public const int MaxCdnFileBytes = (25600 * 1024) + BlockSize + HmacLength;

    private const int HmacLength = 10;
    private const int BlockSize = 16;
    private const int KeySize = 32;
    private const int HashSize = 32;

    /// <summary>SHA-256 of the file as stored in the CDN, ciphertext and HMAC (<c>encrypted_hash</c>, Base64).</summary>
    public string? EncryptedHash { get; init; }

    /// <summary>The AES-CBC initialization vector, 16 bytes (<c>iv</c>, Base64).</summary>
    public string? Iv { get; init; }

    /// <summary>The AES-256 key, 32 bytes (<c>encryption_key</c>, Base64).</summary>
    public string? EncryptionKey { get; init; }

    /// <summary>The HMAC-SHA256 key (<c>hmac_key</c>, Base64).</summary>
    public string? HmacKey { get; init; }

    /// <summary>SHA-256 of the decrypted file (<c>plaintext_hash</c>, Base64).</summary>
    public string? PlaintextHash { get; init; }

    /// <summary>Keys of the metadata that this type does not declare.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> ExtensionData { get; init; } = Runtime.FlowExtensionData.EmptyExtensionData;

    /// <summary>
    /// Checks and decrypts a file downloaded from its <c>cdn_url</c>, in the order Meta gives: SHA-256 of
    /// <paramref name="cdnFile"/> is <see cref="EncryptedHash"/>; the last 10 bytes are the first 10 of HMAC-SHA256
    /// (<see cref="HmacKey"/>) over <see cref="Iv"/> and the ciphertext; AES-256-CBC with PKCS7 padding decrypts the
    /// ciphertext; SHA-256 of the result is <see cref="PlaintextHash"/>. Hashes and the HMAC are compared in constant time.
    /// </summary>
    /// <param name="cdnFile">The bytes downloaded from <c>cdn_url</c>.</param>
    /// <returns>The decrypted file.</returns>
    /// <exception cref="FlowMediaException">A value of the metadata is missing or malformed, or a check failed;
    /// <see cref="FlowMediaException.Failure"/> says which. Nothing of a file that fails a check is returned.</exception>
    public byte[] Decrypt(ReadOnlySpan<byte> cdnFile)
    {
        var encryptedHash = Bytes(EncryptedHash, "encrypted_hash", HashSize);
        var iv = Bytes(Iv, "iv", BlockSize);
        var key = Bytes(EncryptionKey, "encryption_key", KeySize);
        var hmacKey = Bytes(HmacKey, "hmac_key", null);
        var plaintextHash = Bytes(PlaintextHash, "plaintext_hash", HashSize);

        var file = cdnFile.ToArray();
        if (!FixedTimeEquals(Sha256(file, file.Length), encryptedHash))
        {
            throw new FlowMediaException(FlowMediaFailure.EncryptedHashMismatch, "The downloaded file's SHA-256 is not its encrypted_hash: the download is incomplete or not this file.");
        }

        var ciphertextLength = file.Length - HmacLength;
        if (ciphertextLength < BlockSize || ciphertextLength % BlockSize != 0)
        {
            throw new FlowMediaException(FlowMediaFailure.InvalidCiphertext, $"The downloaded file has {file.Length} bytes; an AES-CBC ciphertext of whole 16-byte blocks and a 10-byte HMAC cannot make that length.");
        }

        var mac = HmacSha256(hmacKey, iv, file, ciphertextLength);
        if (!FixedTimeEquals(new ReadOnlySpan<byte>(mac, 0, HmacLength), new ReadOnlySpan<byte>(file, ciphertextLength, HmacLength)))
        {
            throw new FlowMediaException(FlowMediaFailure.HmacMismatch, "The file's HMAC-SHA256 does not match: it was altered, or the hmac_key or iv is not this file's.");
        }

        byte[] plaintext;
        using (var aes = Aes.Create())
        {
            aes.Key = key;
            aes.IV = iv;
            aes.Mode = CipherMode.CBC;
            aes.Padding = PaddingMode.PKCS7;
            try
            {
                using var decryptor = aes.CreateDecryptor();
                plaintext = decryptor.TransformFinalBlock(file, 0, ciphertextLength);
            }
            catch (CryptographicException e)
            {
                throw new FlowMediaException(FlowMediaFailure.InvalidCiphertext, "The file does not decrypt to PKCS7-padded data with this encryption_key.", e);
            }
        }

        if (!FixedTimeEquals(Sha256(plaintext, plaintext.Length), plaintextHash))
        {
            Array.Clear(plaintext, 0, plaintext.Length);
            throw new FlowMediaException(FlowMediaFailure.PlaintextHashMismatch, "The decrypted file's SHA-256 is not its plaintext_hash: the encryption_key is not this file's.");
        }

        return plaintext;
    }

    /// <summary>Whether <paramref name="other"/> has the same five values (ordinal) and equal <see cref="ExtensionData"/>.</summary>
    /// <param name="other">The other metadata.</param>
    public bool Equals(FlowMediaEncryption? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(EncryptedHash, other.EncryptedHash, StringComparison.Ordinal)
                && string.Equals(Iv, other.Iv, StringComparison.Ordinal)
                && string.Equals(EncryptionKey, other.EncryptionKey, StringComparison.Ordinal)
                && string.Equals(HmacKey, other.HmacKey, StringComparison.Ordinal)
                && string.Equals(PlaintextHash, other.PlaintextHash, StringComparison.Ordinal)
                && System.Collections.Generic.EqualityComparer<System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement>>.Default.Equals(ExtensionData, other.ExtensionData)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FlowMediaEncryption);

    /// <inheritdoc />
    public override int GetHashCode() => EncryptedHash is null ? 0 : StringComparer.Ordinal.GetHashCode(EncryptedHash);

    /// <summary>Keys and hashes are not shown: the metadata decrypts the user's file.</summary>
    /// <returns>A description without the values.</returns>
    public override string ToString() => "FlowMediaEncryption (keys not shown)";

    private static byte[] Bytes(string? value, string name, int? length)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new FlowMediaException(FlowMediaFailure.InvalidMetadata, $"encryption_metadata has no '{name}'.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new FlowMediaException(FlowMediaFailure.InvalidMetadata, $"encryption_metadata '{name}' is not Base64.", e);
        }

        if (length is { } expected ? bytes.Length != expected : bytes.Length == 0)
        {
            throw new FlowMediaException(FlowMediaFailure.InvalidMetadata, $"encryption_metadata '{name}' has {bytes.Length} bytes; it must have {(length is null ? "at least 1" : length.ToString())}.");
        }

        return bytes;
    }

    private static byte[] Sha256(byte[] data, int count)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(data, 0, count);
        return hash.GetHashAndReset();
    }

    /// <summary>HMAC-SHA256 over the initialization vector followed by the first <paramref name="count"/> bytes of <paramref name="file"/> (the ciphertext).</summary>
    private static byte[] HmacSha256(byte[] key, byte[] iv, byte[] file, int count)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(iv);
        hmac.AppendData(file, 0, count);
        return hmac.GetHashAndReset();
    }

    private static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
#if NETCOREAPP2_1_OR_GREATER
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        // netstandard2.0 has no CryptographicOperations: the same loop, which reads every byte whatever differs.
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
#endif
    }
}
