using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes;

/// <summary>
/// A file from a PhotoPicker or DocumentPicker. Meta sends <c>{ file_name, mime_type, sha256, id }</c> per file
/// (<c>id</c> is a Cloud API media id); the 8x8 samples show the value as one base64 string instead, which is
/// kept in <see cref="Base64"/>. Two files are equal when all their values are (see <see cref="Equals(FlowMedia)"/>).
/// </summary>
public sealed class FlowMedia : IEquatable<FlowMedia>
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

    /// <summary>
    /// Whether <paramref name="other"/> has the same names, type, hash, id and content (ordinal), and equal
    /// <see cref="ExtensionData"/> (for a parsed file: the same keys with equal JSON values).
    /// </summary>
    /// <param name="other">The other file.</param>
    public bool Equals(FlowMedia? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(FileName, other.FileName, StringComparison.Ordinal)
                && string.Equals(MimeType, other.MimeType, StringComparison.Ordinal)
                && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal)
                && string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Base64, other.Base64, StringComparison.Ordinal)
                && EqualityComparer<IReadOnlyDictionary<string, JsonElement>>.Default.Equals(ExtensionData, other.ExtensionData)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FlowMedia);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = Hash(Id);
        hash = unchecked((hash * 31) + Hash(Sha256));
        hash = unchecked((hash * 31) + Hash(FileName));
        hash = unchecked((hash * 31) + Hash(MimeType));
        hash = unchecked((hash * 31) + (Base64?.Length ?? -1));
        return unchecked((hash * 31) + (ExtensionData?.GetHashCode() ?? 0));
    }

    private static int Hash(string? value) => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);
}

/// <summary>A CalendarPicker range selection (<c>{ "start-date": ..., "end-date": ... }</c>). Two ranges are equal when their days are.</summary>
public sealed class FlowDateRange : IEquatable<FlowDateRange>
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

    /// <summary>Whether <paramref name="other"/> has the same first and last day.</summary>
    /// <param name="other">The other range.</param>
#if NET6_0_OR_GREATER
    public bool Equals(FlowDateRange? other) => other is not null && Start == other.Start && End == other.End;
#else
    public bool Equals(FlowDateRange? other) =>
        other is not null && string.Equals(Start, other.Start, StringComparison.Ordinal) && string.Equals(End, other.End, StringComparison.Ordinal);
#endif

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FlowDateRange);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start.GetHashCode() * 31) + (End?.GetHashCode() ?? 0));

    /// <inheritdoc />
    public override string ToString() => End is null ? $"{Start}" : $"{Start}..{End}";
}
