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

/// <summary>
/// A CalendarPicker range selection (<c>{ "start-date": ..., "end-date": ... }</c>). Two ranges are equal when their days are.
/// On .NET the days are <c>DateOnly</c> values (<c>Start</c>, <c>End</c>); <see cref="StartText"/> and
/// <see cref="EndText"/> exist on every target, so a netstandard2.0 library that uses them runs unchanged in a .NET app.
/// </summary>
public sealed class FlowDateRange : IEquatable<FlowDateRange>
{
#if NET6_0_OR_GREATER
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> when the user chose none.</param>
    public FlowDateRange(System.DateOnly start, System.DateOnly? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Creates a range from YYYY-MM-DD days (the constructor netstandard2.0 code calls).</summary>
    /// <param name="start">The first day (YYYY-MM-DD).</param>
    /// <param name="end">The last day (YYYY-MM-DD), or <see langword="null"/> when the user chose none.</param>
    /// <exception cref="FormatException">A day is not YYYY-MM-DD.</exception>
    public FlowDateRange(string start, string? end)
        : this(ParseDay(start), end is null ? null : ParseDay(end))
    {
    }

    /// <summary>The first day of the range.</summary>
    public System.DateOnly Start { get; }

    /// <summary>The last day of the range, when the user chose one.</summary>
    public System.DateOnly? End { get; }

    /// <summary>The first day of the range (YYYY-MM-DD).</summary>
    public string StartText => FormatDay(Start);

    /// <summary>The last day of the range (YYYY-MM-DD), when the user chose one.</summary>
    public string? EndText => End is { } end ? FormatDay(end) : null;

    private static System.DateOnly ParseDay(string day) =>
        System.DateOnly.ParseExact(day ?? throw new ArgumentNullException(nameof(day)), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string FormatDay(System.DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
#else
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day (YYYY-MM-DD).</param>
    /// <param name="end">The last day (YYYY-MM-DD), or <see langword="null"/> when the user chose none.</param>
    public FlowDateRange(string start, string? end)
    {
        StartText = start;
        EndText = end;
    }

    /// <summary>The first day of the range (YYYY-MM-DD, as sent).</summary>
    public string StartText { get; }

    /// <summary>The last day of the range (YYYY-MM-DD, as sent), when the user chose one.</summary>
    public string? EndText { get; }
#endif

    /// <summary>Whether <paramref name="other"/> has the same first and last day.</summary>
    /// <param name="other">The other range.</param>
#if NET6_0_OR_GREATER
    public bool Equals(FlowDateRange? other) => other is not null && Start == other.Start && End == other.End;
#else
    public bool Equals(FlowDateRange? other) =>
        other is not null && string.Equals(StartText, other.StartText, StringComparison.Ordinal) && string.Equals(EndText, other.EndText, StringComparison.Ordinal);
#endif

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FlowDateRange);

#if NET6_0_OR_GREATER
    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start.GetHashCode() * 31) + (End?.GetHashCode() ?? 0));

    /// <inheritdoc />
    public override string ToString() => End is null ? $"{Start}" : $"{Start}..{End}";
#else
    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(StartText) * 31) + (EndText is null ? 0 : StringComparer.Ordinal.GetHashCode(EndText)));

    /// <inheritdoc />
    public override string ToString() => EndText is null ? StartText : $"{StartText}..{EndText}";
#endif
}
