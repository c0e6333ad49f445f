using System;
using System.IO;
using System.Security.Cryptography;

namespace FlowTypes.AspNetCore;

/// <summary>Loads the endpoint's RSA private key from <see cref="FlowEndpointOptions"/>. Error messages never contain key material.</summary>
internal static class FlowEndpointKey
{
    public static RSA Load(FlowEndpointOptions options, string endpointName)
    {
        var pem = options.PrivateKeyPem;
        if (string.IsNullOrWhiteSpace(pem))
        {
            if (string.IsNullOrWhiteSpace(options.PrivateKeyFile))
            {
                throw new InvalidOperationException($"Flow endpoint '{endpointName}': no private key is configured (set PrivateKey or PrivateKeyFile).");
            }

            try
            {
                pem = File.ReadAllText(options.PrivateKeyFile);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"Flow endpoint '{endpointName}': the private key file '{options.PrivateKeyFile}' cannot be read ({exception.GetType().Name}).");
            }
        }

        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Flow endpoint '{endpointName}': the configured key is not a PEM private key (the public key goes to WhatsApp; the endpoint needs the private one).");
        }

        if (pem.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Flow endpoint '{endpointName}': the private key is a legacy encrypted PEM (Proc-Type: 4,ENCRYPTED), which .NET cannot read. Convert it to PKCS#8: openssl pkcs8 -topk8 -v2 aes-256-cbc -in private.pem -out private-pkcs8.pem");
        }

        var rsa = RSA.Create();
        try
        {
            if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
            {
                if (string.IsNullOrEmpty(options.PrivateKeyPassphrase))
                {
                    throw new InvalidOperationException($"Flow endpoint '{endpointName}': the private key is encrypted but no PrivateKeyPassphrase is configured.");
                }

                rsa.ImportFromEncryptedPem(pem, options.PrivateKeyPassphrase);
            }
            else
            {
                rsa.ImportFromPem(pem);
            }
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"Flow endpoint '{endpointName}': the private key cannot be read (wrong passphrase, or not an RSA private key in PEM form).");
        }
        catch
        {
            rsa.Dispose();
            throw;
        }

        return rsa;
    }
}
