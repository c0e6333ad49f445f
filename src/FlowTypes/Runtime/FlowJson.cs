using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Value readers and error builders used by generated deserializers. Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowJson
{
    /// <summary>An empty, shared extension-data dictionary.</summary>
    public static IReadOnlyDictionary<string, JsonElement> EmptyExtensionData { get; } = new Dictionary<string, JsonElement>(0);

    /// <summary>Reads a string field. Numbers and booleans are accepted as their JSON text (real payloads relay them as either).</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Number:
                value = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                return true;
            case JsonTokenType.True:
                value = "true";
                return true;
            case JsonTokenType.False:
                value = "false";
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Reads an array of strings (CheckboxGroup, ChipsSelector). A single string is accepted as a one-item list.</summary>
    public static bool TryReadStringList(ref Utf8JsonReader reader, out IReadOnlyList<string>? value)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            value = new[] { reader.GetString()! };
            return true;
        }

        value = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var items = NewItems<string>(reader);
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                value = items;
                return true;
            }

            if (count == items.Length || !TryReadString(ref reader, out var item) || item is null)
            {
                return false;
            }

            items[count++] = item;
        }

        return false;
    }

    /// <summary>
    /// An array sized for the items of the array the reader is at (one allocation, no growing list): counts, on a copy
    /// of the reader, the scalar items before the end of the array or before the first item that is not a scalar
    /// (which the caller then reaches with its array full and reports).
    /// </summary>
    private static T[] NewItems<T>(Utf8JsonReader probe)
    {
        var count = 0;
        while (probe.Read() && probe.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            count++;
        }

        return count == 0 ? Array.Empty<T>() : new T[count];
    }

    /// <summary>Reads a boolean field (OptIn); the strings "true" and "false" are accepted too.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                value = true;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                value = false;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Reads a number field; numeric strings (as a number TextInput relayed through screen data) are accepted too.</summary>
    public static bool TryReadDecimal(ref Utf8JsonReader reader, out decimal? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                value = number;
                return true;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                value = null;
                return false;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>
    /// Reads a choice id (RadioButtonsGroup, Dropdown, one CheckboxGroup item). An id the flow lists comes back as the
    /// generated constant, found from the UTF-8 bytes without transcoding or allocating; any other id is read as text.
    /// </summary>
    public static bool TryReadOptionId(ref Utf8JsonReader reader, OptionIdLookup listed, out string? id)
    {
        // A number token's bytes are its JSON text, the same text TryReadString keeps for a number.
        if ((reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.Number) && !reader.ValueIsEscaped && !reader.HasValueSequence
            && listed(reader.ValueSpan) is { } constant)
        {
            id = constant;
            return true;
        }

        return TryReadString(ref reader, out id);
    }

    /// <summary>Reads an array of choice ids and maps each item to a generated option type. A single id is accepted as a one-item list.</summary>
    public static bool TryReadList<T>(ref Utf8JsonReader reader, OptionIdLookup listed, Func<string, T> map, out IReadOnlyList<T>? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                TryReadOptionId(ref reader, listed, out var single);
                value = new[] { map(single!) };
                return true;
            case JsonTokenType.StartArray:
                var items = NewItems<T>(reader);
                var count = 0;
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        value = items;
                        return true;
                    }

                    if (count == items.Length || !TryReadOptionId(ref reader, listed, out var item) || item is null)
                    {
                        return false;
                    }

                    items[count++] = map(item);
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Reads PhotoPicker/DocumentPicker files: Meta's array of <c>{file_name, mime_type, sha256, id}</c>,
    /// or a single string (8x8's documented base64 form) as one file.
    /// </summary>
    public static bool TryReadMedia(ref Utf8JsonReader reader, out IReadOnlyList<FlowMedia>? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                value = new[] { new FlowMedia { Base64 = reader.GetString() } };
                return true;
            case JsonTokenType.StartArray:
                var files = new List<FlowMedia>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        files.Add(new FlowMedia { Base64 = reader.GetString() });
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject || !TryReadMediaObject(ref reader, out var file))
                    {
                        return false;
                    }

                    files.Add(file!);
                }

                value = files;
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadMediaObject(ref Utf8JsonReader reader, out FlowMedia? file)
    {
        string? fileName = null, mimeType = null, sha256 = null, id = null;
        Dictionary<string, JsonElement>? extra = null;
        file = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string? target;
            var known = reader.ValueTextEquals("file_name"u8) ? 1 : reader.ValueTextEquals("mime_type"u8) ? 2 : reader.ValueTextEquals("sha256"u8) ? 3 : reader.ValueTextEquals("id"u8) ? 4 : 0;
            if (known == 0)
            {
                var name = reader.GetString()!;
                reader.Read();
                extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (extra.ContainsKey(name))
                {
                    return false;
                }

                extra.Add(name, JsonElement.ParseValue(ref reader));
                continue;
            }

            reader.Read();
            if (!TryReadString(ref reader, out target))
            {
                return false;
            }

            switch (known)
            {
                case 1: fileName = target; break;
                case 2: mimeType = target; break;
                case 3: sha256 = target; break;
                default: id = target; break;
            }
        }

        file = new FlowMedia { FileName = fileName, MimeType = mimeType, Sha256 = sha256, Id = id, ExtensionData = (IReadOnlyDictionary<string, JsonElement>?)extra ?? EmptyExtensionData };
        return reader.TokenType == JsonTokenType.EndObject;
    }

#if NET6_0_OR_GREATER
    /// <summary>
    /// Reads a DatePicker/CalendarPicker date: <c>"YYYY-MM-DD"</c> (Flow JSON 5.0 and later) or a millisecond
    /// Unix timestamp as string or number (before 5.0; the UTC date is taken).
    /// </summary>
    public static bool TryReadDate(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt64(out var milliseconds))
            {
                return false;
            }

            return TryFromUnixMilliseconds(milliseconds, out value);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // Fast path: an unescaped "YYYY-MM-DD" is parsed from the bytes, without a string.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 10 && TryParseIsoDate(reader.ValueSpan, out var fast))
        {
            value = fast;
            return true;
        }

        var text = reader.GetString()!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && TryFromUnixMilliseconds(ms, out value);
    }

    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i == 4 || i == 7)
            {
                continue;
            }

            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryFromUnixMilliseconds(long milliseconds, out DateOnly? value)
    {
        value = null;
        if (milliseconds < -62135596800000L || milliseconds > 253402300799999L)
        {
            return false;
        }

        value = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime);
        return true;
    }
#endif

    /// <summary>Reads a CalendarPicker range: <c>{ "start-date": ..., "end-date": ... }</c>.</summary>
    public static bool TryReadDateRange(ref Utf8JsonReader reader, out FlowDateRange? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

#if NET6_0_OR_GREATER
        DateOnly? start = null, end = null;
#else
        string? start = null, end = null;
#endif
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var which = reader.ValueTextEquals("start-date"u8) ? 1 : reader.ValueTextEquals("end-date"u8) ? 2 : 0;
            reader.Read();
            if (which == 0)
            {
                reader.Skip();
                continue;
            }

#if NET6_0_OR_GREATER
            if (!TryReadDate(ref reader, out var date))
            {
                return false;
            }
#else
            if (!TryReadString(ref reader, out var date))
            {
                return false;
            }
#endif
            if (which == 1)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }

        if (start is null)
        {
            return false;
        }

#if NET6_0_OR_GREATER
        value = new FlowDateRange(start.Value, end);
#else
        value = new FlowDateRange(start, end);
#endif
        return true;
    }

    /// <summary>
    /// FNV-1a (32-bit) of a property name's UTF-8 bytes. Generated code switches on it to find a field in O(1);
    /// the generator computes the same values at compile time with the same source file (Fnv1a.cs, linked into it).
    /// </summary>
    public static uint Hash(ReadOnlySpan<byte> utf8Name) => Fnv1a.Hash(utf8Name);

    /// <summary>Reads any JSON value as a detached <see cref="JsonElement"/>.</summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Adds an unknown key to the extension data, enforcing the duplicate-key policy and the key limit.</summary>
    public static bool TryAddExtensionData(ref Dictionary<string, JsonElement>? extensionData, ref Utf8JsonReader reader, FlowParseOptions options, string pathPrefix, out FlowParseError? error)
    {
        var name = reader.GetString()!;
        extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (extensionData.ContainsKey(name))
        {
            error = DuplicateKey(pathPrefix, name);
            return false;
        }

        if (extensionData.Count >= options.MaxExtensionDataKeys)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, Path(pathPrefix, name), $"The payload has more than {options.MaxExtensionDataKeys} keys that the flow does not declare (FlowParseOptions.MaxExtensionDataKeys).");
            return false;
        }

        reader.Read();
        extensionData.Add(name, JsonElement.ParseValue(ref reader));
        error = null;
        return true;
    }

    /// <summary>The JSON path of a top-level key, after an optional prefix that locates the document.</summary>
    public static string Path(string pathPrefix, string key)
    {
        var simple = key.Length > 0;
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                simple = false;
                break;
            }
        }

        return simple ? pathPrefix + "$." + key : pathPrefix + "$['" + key.Replace("'", "\\'") + "']";
    }

    /// <summary>The error for a document whose root is not an object.</summary>
    public static FlowParseError ExpectedObject(string pathPrefix, JsonTokenType found) =>
        new(FlowParseErrorKind.UnexpectedType, pathPrefix + "$", $"Expected a JSON object but found {Describe(found)}.");

    /// <summary>The error for a key that occurs twice.</summary>
    public static FlowParseError DuplicateKey(string pathPrefix, string key) =>
        new(FlowParseErrorKind.DuplicateKey, Path(pathPrefix, key), $"The key '{key}' occurs more than once; duplicate keys are rejected.");

    /// <summary>The error for a value of the wrong JSON type.</summary>
    public static FlowParseError UnexpectedType(string pathPrefix, string key, string expected, JsonTokenType found) =>
        new(FlowParseErrorKind.UnexpectedType, Path(pathPrefix, key), $"Expected {expected} but found {Describe(found)}.");

    /// <summary>The error for a key the flow always sends but the payload lacks.</summary>
    public static FlowParseError MissingField(string pathPrefix, string key, string flowName) =>
        new(FlowParseErrorKind.MissingField, Path(pathPrefix, key), $"The required key '{key}' of flow '{flowName}' is missing.");

    /// <summary>The error for malformed JSON.</summary>
    public static FlowParseError InvalidJson(string pathPrefix, JsonException exception) =>
        new(FlowParseErrorKind.InvalidJson, pathPrefix + (exception.Path ?? "$"), $"The JSON is malformed (line {exception.LineNumber + 1 ?? 1}, byte {exception.BytePositionInLine + 1 ?? 1}).");

    /// <summary>The error for text that is not valid UTF-8 (or a string that cannot be transcoded).</summary>
    public static FlowParseError InvalidText(string pathPrefix) =>
        new(FlowParseErrorKind.InvalidJson, pathPrefix + "$", "The JSON contains invalid UTF-8 or an invalid string escape.");

    /// <summary>Parses a UTF-16 string by transcoding it into a pooled UTF-8 buffer.</summary>
    public static bool TryParseUtf16<T>(string json, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (json.Length > options.MaxResponseJsonBytes)
        {
            value = null;
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The JSON text is longer than {options.MaxResponseJsonBytes} characters (FlowParseOptions.MaxResponseJsonBytes).");
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, rented, 0);
            return parse(new ReadOnlySpan<byte>(rented, 0, length), options, string.Empty, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses the <c>responseJson</c> carried by a webhook body (8x8 or Meta shape).</summary>
    public static bool TryParseWebhook<T>(ReadOnlySpan<byte> body, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        value = null;
        if (!ResponseJsonLocator.TryLocate(body, options, out var located, out error))
        {
            return false;
        }

        try
        {
            return parse(located.Span, options, located.PathPrefix, out value, out error);
        }
        finally
        {
            located.Dispose();
        }
    }

    /// <summary>Reads a webhook body from a stream (at most <see cref="FlowParseOptions.MaxBodyBytes"/>) and parses the submission it carries.</summary>
    public static async System.Threading.Tasks.Task<FlowParseResult<T>> TryParseWebhookAsync<T>(System.IO.Stream body, FlowParseOptions options, Utf8Parser<T> parse, System.Threading.CancellationToken cancellationToken)
        where T : class
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer, length, Math.Min(buffer.Length - length, options.MaxBodyBytes + 1 - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > options.MaxBodyBytes)
                {
                    return FlowParseResult<T>.Failure(new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes)."));
                }
            }

            return TryParseWebhook(new ReadOnlySpan<byte>(buffer, 0, length), options, parse, out var value, out var error)
                ? FlowParseResult<T>.Success(value!)
                : FlowParseResult<T>.Failure(error!);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a webhook body given as text (transcoded into a pooled UTF-8 buffer).</summary>
    public static bool TryParseWebhookText<T>(string body, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        value = null;
        if (body.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, 0, body.Length, rented, 0);
            return TryParseWebhook(new ReadOnlySpan<byte>(rented, 0, length), options, parse, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "nothing",
        _ => token.ToString(),
    };
}

/// <summary>The shape of a generated UTF-8 parser, so the runtime can wrap it for strings and webhook bodies.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8Json, FlowParseOptions options, string pathPrefix, out T? value, out FlowParseError? error)
    where T : class;

/// <summary>
/// The shape of a generated option type's id lookup: the constant for a listed id, given the id's UTF-8 bytes, or
/// <see langword="null"/> for an id the flow does not list.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate string? OptionIdLookup(ReadOnlySpan<byte> utf8Id);
