namespace FlowTypes.Endpoints;

/// <summary>Which check of a picker file failed (<see cref="FlowMediaException.Failure"/>).</summary>
public enum FlowMediaFailure
{
    /// <summary>The file object has no <c>cdn_url</c> or <c>encryption_metadata</c>, or a metadata value is missing, not Base64, or of the wrong length.</summary>
    InvalidMetadata,

    /// <summary>The download is larger than <see cref="FlowMediaEncryption.MaxCdnFileBytes"/>.</summary>
    TooLarge,

    /// <summary>SHA-256 of the downloaded file is not <c>encrypted_hash</c>.</summary>
    EncryptedHashMismatch,

    /// <summary>The HMAC-SHA256 at the end of the file does not match the ciphertext.</summary>
    HmacMismatch,

    /// <summary>The ciphertext is not whole AES blocks, or does not decrypt to PKCS7-padded data.</summary>
    InvalidCiphertext,

    /// <summary>SHA-256 of the decrypted file is not <c>plaintext_hash</c>.</summary>
    PlaintextHashMismatch,
}
