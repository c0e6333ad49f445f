using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.Endpoints;

/// <summary>
/// A file a PhotoPicker or DocumentPicker sent to the flow's endpoint: one entry of the picker's value in a
/// <c>data_exchange</c> payload, <c>{ media_id, cdn_url, file_name, encryption_metadata }</c> (Meta, "Media upload
/// components", Endpoint). The file lies encrypted in WhatsApp's CDN for up to 20 days; <see cref="DownloadAsync"/>
/// fetches it and returns its checked, decrypted content. (A completion message carries pickers as
/// <see cref="FlowMedia"/> instead.)
/// </summary>
public sealed class FlowEndpointMedia : IEquatable<FlowEndpointMedia>
{
    /// <summary>The media id (<c>media_id</c>), which <c>error-message</c> objects use to name this file.</summary>
    public string? MediaId { get; init; }

    /// <summary>Where the encrypted file can be downloaded (<c>cdn_url</c>).</summary>
    public string? CdnUrl { get; init; }

    /// <summary>The file's name on the user's device (<c>file_name</c>).</summary>
    public string? FileName { get; init; }

    /// <summary>The keys and hashes to check and decrypt the downloaded file with (<c>encryption_metadata</c>).</summary>
    public FlowMediaEncryption? EncryptionMetadata { get; init; }

    /// <summary>Keys of the file object that this type does not declare.</summary>
    public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; init; } = Runtime.FlowExtensionData.EmptyExtensionData;

    /// <summary>
    /// Downloads the file from <see cref="CdnUrl"/> with <paramref name="httpClient"/> (a plain GET: the URL carries its
    /// own authorization) and returns its content, checked and decrypted as Meta documents (see
    /// <see cref="FlowMediaEncryption.Decrypt(ReadOnlySpan{byte})"/>).
    /// </summary>
    /// <param name="httpClient">The client to download with; give it a timeout that suits files of up to 25 MiB.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The decrypted file.</returns>
    /// <exception cref="FlowMediaException">The file object lacks its URL or metadata, the download is larger than
    /// <see cref="FlowMediaEncryption.MaxCdnFileBytes"/>, or a check failed (<see cref="FlowMediaException.Failure"/> says which).</exception>
    /// <exception cref="HttpRequestException">The CDN answered with an error status or could not be reached.</exception>
    public async Task<byte[]> DownloadAsync(HttpClient httpClient, CancellationToken cancellationToken = default)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        var encryption = EncryptionMetadata ?? throw new FlowMediaException(FlowMediaFailure.InvalidMetadata, $"File '{FileName}' has no encryption_metadata; it cannot be decrypted.");
        // On Unix "/cdn/x" parses as an absolute file: URI; only an http(s) URL is WhatsApp's CDN.
        if (CdnUrl is null || !Uri.TryCreate(CdnUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new FlowMediaException(FlowMediaFailure.InvalidMetadata, $"File '{FileName}' has no http(s) cdn_url to download it from.");
        }

        using var response = await httpClient.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > FlowMediaEncryption.MaxCdnFileBytes)
        {
            throw TooLarge();
        }

#if NET5_0_OR_GREATER
        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Bounded while reading too: a missing or wrong Content-Length cannot make the download grow without limit.
            if (buffer.Length + read > FlowMediaEncryption.MaxCdnFileBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return encryption.Decrypt(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Whether <paramref name="other"/> has the same id, URL, name and metadata (ordinal), and equal <see cref="ExtensionData"/>.</summary>
    /// <param name="other">The other file.</param>
    public bool Equals(FlowEndpointMedia? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(MediaId, other.MediaId, StringComparison.Ordinal)
                && string.Equals(CdnUrl, other.CdnUrl, StringComparison.Ordinal)
                && string.Equals(FileName, other.FileName, StringComparison.Ordinal)
                && Equals(EncryptionMetadata, other.EncryptionMetadata)
                && EqualityComparer<IReadOnlyDictionary<string, JsonElement>>.Default.Equals(ExtensionData, other.ExtensionData)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FlowEndpointMedia);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = MediaId is null ? 0 : StringComparer.Ordinal.GetHashCode(MediaId);
        hash = unchecked((hash * 31) + (CdnUrl is null ? 0 : StringComparer.Ordinal.GetHashCode(CdnUrl)));
        hash = unchecked((hash * 31) + (FileName is null ? 0 : StringComparer.Ordinal.GetHashCode(FileName)));
        return unchecked((hash * 31) + (EncryptionMetadata?.GetHashCode() ?? 0));
    }

    private FlowMediaException TooLarge() =>
        new(FlowMediaFailure.TooLarge, $"File '{FileName}' is larger than {FlowMediaEncryption.MaxCdnFileBytes} bytes, more than a picker uploads (25 MiB and its encryption overhead); it was not downloaded.");
}
