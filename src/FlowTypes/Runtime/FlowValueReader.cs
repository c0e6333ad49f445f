using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Reads one field value of a flow submission (strings, numbers, booleans, option ids, lists, media, dates) for the generated deserializers. Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowValueReader
{
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

    /// <summary>
    /// Reads an array of strings (CheckboxGroup, ChipsSelector). A single string is accepted as a one-item list.
    /// The list compares by value (same items in the same order).
    /// </summary>
    public static bool TryReadStringList(ref Utf8JsonReader reader, out IReadOnlyList<string>? value) =>
        TryReadList(ref reader, default(StringItem), out value);

    /// <summary>
    /// An array sized for the items of the array the reader is at (one allocation, no growing list): counts, on a copy
    /// of the reader, the scalar items before the end of the array or before the first item that is not a scalar
    /// (which the caller then reaches with its array full and reports).
    /// </summary>
    internal static T[] NewItems<T>(Utf8JsonReader probe)
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

    /// <summary>
    /// Reads an array of choice ids and maps each item to a generated option type. A single id is accepted as a one-item list.
    /// The list compares by value (equal options in the same order).
    /// </summary>
    public static bool TryReadList<T>(ref Utf8JsonReader reader, OptionIdLookup listed, Func<string, T> map, out IReadOnlyList<T>? value) =>
        TryReadList(ref reader, new OptionItem<T>(listed, map), out value);

    /// <summary>
    /// The one list loop of the runtime: null is no list, a single scalar is a one-item list, an array of scalars is read
    /// item by item (<typeparamref name="TItem"/>, a struct, so each caller's item read is inlined) into an array sized
    /// once; anything else, or an item the item reader refuses, is not a list.
    /// </summary>
    internal static bool TryReadItems<T, TItem>(ref Utf8JsonReader reader, TItem itemReader, out T[]? items, out int count)
        where TItem : struct, IFlowItemReader<T>
    {
        items = null;
        count = 0;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                if (!itemReader.TryRead(ref reader, out var single))
                {
                    return false;
                }

                items = new[] { single };
                count = 1;
                return true;
            case JsonTokenType.StartArray:
                var array = NewItems<T>(reader);
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        items = array;
                        return true;
                    }

                    if (count == array.Length || !itemReader.TryRead(ref reader, out var item))
                    {
                        count = 0;
                        return false;
                    }

                    array[count++] = item;
                }

                count = 0;
                return false;
            default:
                return false;
        }
    }

    /// <summary><see cref="TryReadItems"/> as a list that compares by value.</summary>
    private static bool TryReadList<T, TItem>(ref Utf8JsonReader reader, TItem itemReader, out IReadOnlyList<T>? value)
        where TItem : struct, IFlowItemReader<T>
    {
        if (!TryReadItems<T, TItem>(ref reader, itemReader, out var items, out var count))
        {
            value = null;
            return false;
        }

        value = items is null ? null : count == 0 ? FlowList<T>.Empty : new FlowList<T>(items, count);
        return true;
    }

    /// <summary>A string list item: text, or a number's JSON text; null is not an item.</summary>
    private readonly struct StringItem : IFlowItemReader<string>
    {
        public bool TryRead(ref Utf8JsonReader reader, out string item)
        {
            var read = TryReadString(ref reader, out var text) && text is not null;
            item = text!;
            return read;
        }
    }

    /// <summary>A choice id mapped to its generated option type.</summary>
    private readonly struct OptionItem<T> : IFlowItemReader<T>
    {
        private readonly OptionIdLookup _listed;
        private readonly Func<string, T> _map;

        public OptionItem(OptionIdLookup listed, Func<string, T> map)
        {
            _listed = listed;
            _map = map;
        }

        public bool TryRead(ref Utf8JsonReader reader, out T item)
        {
            if (TryReadOptionId(ref reader, _listed, out var id) && id is not null)
            {
                item = _map(id);
                return true;
            }

            item = default!;
            return false;
        }
    }

    /// <summary>
    /// Reads PhotoPicker/DocumentPicker files: Meta's array of <c>{file_name, mime_type, sha256, id}</c>,
    /// or a single string (8x8's documented base64 form) as one file. The list compares by value (equal files in the same order).
    /// </summary>
    public static bool TryReadMedia(ref Utf8JsonReader reader, out IReadOnlyList<FlowMedia>? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                value = new FlowList<FlowMedia>(new[] { new FlowMedia { Base64 = reader.GetString() } });
                return true;
            case JsonTokenType.StartArray:
                // Grown by doubling like a List<T>, and wrapped as it is: no copy to trim it.
                var files = Array.Empty<FlowMedia>();
                var count = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    FlowMedia? file;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        file = new FlowMedia { Base64 = reader.GetString() };
                    }
                    else if (reader.TokenType != JsonTokenType.StartObject || !TryReadMediaObject(ref reader, out file))
                    {
                        return false;
                    }

                    if (count == files.Length)
                    {
                        Array.Resize(ref files, count == 0 ? 4 : count * 2);
                    }

                    files[count++] = file!;
                }

                value = count == 0 ? FlowList<FlowMedia>.Empty : new FlowList<FlowMedia>(files, count);
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadMediaObject(ref Utf8JsonReader reader, out FlowMedia? file)
    {
        string? fileName = null, mimeType = null, sha256 = null, id = null;
        ExtensionDataDictionary? extra = null;
        file = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string? target;
            var known = reader.ValueTextEquals("file_name"u8) ? 1 : reader.ValueTextEquals("mime_type"u8) ? 2 : reader.ValueTextEquals("sha256"u8) ? 3 : reader.ValueTextEquals("id"u8) ? 4 : 0;
            if (known == 0)
            {
                var name = reader.GetString()!;
                reader.Read();
                extra ??= new ExtensionDataDictionary();
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

        file = new FlowMedia { FileName = fileName, MimeType = mimeType, Sha256 = sha256, Id = id, ExtensionData = (IReadOnlyDictionary<string, JsonElement>?)extra ?? FlowExtensionData.EmptyExtensionData };
        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>
    /// Reads the files of a PhotoPicker or DocumentPicker in an endpoint request: Meta's array of
    /// <c>{media_id, cdn_url, file_name, encryption_metadata: {encrypted_hash, iv, encryption_key, hmac_key, plaintext_hash}}</c>
    /// ("Media upload components", Endpoint). Keys this model does not declare are kept in <c>ExtensionData</c>; a key given
    /// twice, a value of the wrong JSON type or an array item that is not an object is not read (false).
    /// </summary>
    public static bool TryReadEndpointMedia(ref Utf8JsonReader reader, out IReadOnlyList<Endpoints.FlowEndpointMedia>? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var files = new List<Endpoints.FlowEndpointMedia>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || !TryReadEndpointMediaObject(ref reader, out var file))
            {
                return false;
            }

            files.Add(file!);
        }

        value = files.Count == 0 ? FlowList<Endpoints.FlowEndpointMedia>.Empty : new FlowList<Endpoints.FlowEndpointMedia>(files.ToArray());
        return true;
    }

    private static bool TryReadEndpointMediaObject(ref Utf8JsonReader reader, out Endpoints.FlowEndpointMedia? file)
    {
        string? mediaId = null, cdnUrl = null, fileName = null;
        Endpoints.FlowMediaEncryption? encryption = null;
        ExtensionDataDictionary? extra = null;
        var seen = 0;
        file = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = reader.ValueTextEquals("media_id"u8) ? 1 : reader.ValueTextEquals("cdn_url"u8) ? 2 : reader.ValueTextEquals("file_name"u8) ? 3 : reader.ValueTextEquals("encryption_metadata"u8) ? 4 : 0;
            if (known == 0)
            {
                if (!TryKeep(ref reader, ref extra))
                {
                    return false;
                }

                continue;
            }

            if ((seen & (1 << known)) != 0)
            {
                return false;
            }

            seen |= 1 << known;
            reader.Read();
            if (known == 4)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject || !TryReadMediaEncryption(ref reader, out encryption))
                {
                    return false;
                }

                continue;
            }

            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
            {
                return false;
            }

            var text = reader.GetString();
            switch (known)
            {
                case 1: mediaId = text; break;
                case 2: cdnUrl = text; break;
                default: fileName = text; break;
            }
        }

        file = new Endpoints.FlowEndpointMedia
        {
            MediaId = mediaId,
            CdnUrl = cdnUrl,
            FileName = fileName,
            EncryptionMetadata = encryption,
            ExtensionData = (IReadOnlyDictionary<string, JsonElement>?)extra ?? FlowExtensionData.EmptyExtensionData,
        };
        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryReadMediaEncryption(ref Utf8JsonReader reader, out Endpoints.FlowMediaEncryption? encryption)
    {
        var values = new string?[5];
        var seen = 0;
        ExtensionDataDictionary? extra = null;
        encryption = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = reader.ValueTextEquals("encrypted_hash"u8) ? 0 : reader.ValueTextEquals("iv"u8) ? 1 : reader.ValueTextEquals("encryption_key"u8) ? 2
                : reader.ValueTextEquals("hmac_key"u8) ? 3 : reader.ValueTextEquals("plaintext_hash"u8) ? 4 : -1;
            if (known < 0)
            {
                if (!TryKeep(ref reader, ref extra))
                {
                    return false;
                }

                continue;
            }

            if ((seen & (1 << known)) != 0)
            {
                return false;
            }

            seen |= 1 << known;
            reader.Read();
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
            {
                return false;
            }

            values[known] = reader.GetString();
        }

        encryption = new Endpoints.FlowMediaEncryption
        {
            EncryptedHash = values[0],
            Iv = values[1],
            EncryptionKey = values[2],
            HmacKey = values[3],
            PlaintextHash = values[4],
            ExtensionData = (IReadOnlyDictionary<string, JsonElement>?)extra ?? FlowExtensionData.EmptyExtensionData,
        };
        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Keeps an undeclared key of a file object and its value; a key given twice is not read (false).</summary>
    private static bool TryKeep(ref Utf8JsonReader reader, ref ExtensionDataDictionary? extra)
    {
        var name = reader.GetString()!;
        reader.Read();
        extra ??= new ExtensionDataDictionary();
        if (extra.ContainsKey(name))
        {
            return false;
        }

        extra.Add(name, JsonElement.ParseValue(ref reader));
        return true;
    }

    /// <summary>
    /// Reads a millisecond Unix timestamp, as a number or a string of digits: the value of a DatePicker before Flow JSON
    /// 5.0 (Meta's Components reference, DatePicker: "Payload ... is a string which shows the timestamp in milliseconds").
    /// </summary>
    public static bool TryReadUnixMilliseconds(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        long milliseconds;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number when reader.TryGetInt64(out milliseconds):
                break;
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out milliseconds):
                break;
            default:
                return false;
        }

        if (!IsUnixMillisecondsInRange(milliseconds))
        {
            return false;
        }

        value = milliseconds;
        return true;
    }

    /// <summary>The milliseconds <see cref="DateTimeOffset.FromUnixTimeMilliseconds"/> accepts (years 0001 to 9999).</summary>
    private static bool IsUnixMillisecondsInRange(long milliseconds) => milliseconds >= -62135596800000L && milliseconds <= 253402300799999L;

#if NET6_0_OR_GREATER
    /// <summary>
    /// Reads a DatePicker/CalendarPicker date: <c>"YYYY-MM-DD"</c> (Flow JSON 5.0 and later), or a millisecond Unix
    /// timestamp as string or number, read as its UTC date (a flow of unknown version; a flow known to be older than 5.0
    /// is read with <see cref="TryReadUnixMilliseconds"/>, because its date depends on the business's time zone).
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
        if (!IsUnixMillisecondsInRange(milliseconds))
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

    /// <summary>Reads any JSON value as a detached <see cref="JsonElement"/>.</summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);
}
