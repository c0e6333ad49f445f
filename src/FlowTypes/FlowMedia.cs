using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes;

/// <summary>
/// A file from a PhotoPicker or DocumentPicker. Meta sends <c>{ file_name, mime_type, sha256, id }</c> per file
/// (<c>id</c> is a Cloud API media id); the 8x8 samples show the value as one base64 string instead, which is
/// kept in <see cref="Base64"/>.
/// </summary>
public sealed class FlowMedia
{
    /// <summary>The original file name.</summary>
    public string? FileName { get; init; }

    /// <summary>The MIME type, e.g. <c>image/jpeg</c>.</summary>
    public string? MimeType { get; init; }

    /// <summary>The SHA-256 of the file, as sent.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The media id to download the file with.</summary>
    public string? Id { get; init; }

    /// <summary>The file content when the payload carries it as a base64 string (8x8's documented form).</summary>
    public string? Base64 { get; init; }

    /// <summary>Keys of the file object that this type does not declare.</summary>
    public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; init; } = Runtime.FlowExtensionData.EmptyExtensionData;
}

/// <summary>A CalendarPicker range selection (<c>{ "start-date": ..., "end-date": ... }</c>).</summary>
public sealed class FlowDateRange
{
#if NET6_0_OR_GREATER
    /// <summary>Creates a range.</summary>
    public FlowDateRange(System.DateOnly start, System.DateOnly? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day of the range.</summary>
    public System.DateOnly Start { get; }

    /// <summary>The last day of the range, when the user chose one.</summary>
    public System.DateOnly? End { get; }
#else
    /// <summary>Creates a range.</summary>
    public FlowDateRange(string start, string? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first day of the range (YYYY-MM-DD).</summary>
    public string Start { get; }

    /// <summary>The last day of the range (YYYY-MM-DD), when the user chose one.</summary>
    public string? End { get; }
#endif

    /// <inheritdoc />
    public override string ToString() => End is null ? $"{Start}" : $"{Start}..{End}";
}
