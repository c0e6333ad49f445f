using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using FlowTypes.Runtime;

namespace FlowTypes;

/// <summary>
/// The reader of one generated payload type (a flow's submission, or the data of an endpoint request), built from the
/// type's field table: one pass over the JSON object, keys found by their UTF-8 bytes, every field read into a reused
/// value buffer, required keys checked, unknown keys kept in <see cref="IFlowSubmission.ExtensionData"/>, then the
/// generated factory builds the record. Generated submission types expose theirs as <c>Reader</c>.
/// </summary>
/// <typeparam name="T">The generated payload type.</typeparam>
public sealed class FlowPayloadReader<T> : FlowReader<T>
    where T : class
{
    private readonly FlowPayloadField[] _fields;
    private readonly FlowKeyTable _keys;
    private readonly FlowKeyTable?[] _optionIds;
    private readonly Func<FlowPayloadValues, T> _create;
    private readonly bool _flowTokenInPayload;

    /// <summary>Creates the reader of a generated type. Called by generated code.</summary>
    /// <param name="fileName">The flow file the type comes from (named in missing-key errors).</param>
    /// <param name="fields">The fields, in the flow's order.</param>
    /// <param name="create">Builds the record from the values read.</param>
    /// <param name="flowTokenInPayload">
    /// True for a submission (its <c>flow_token</c> is a key of the payload); false for an endpoint request's data
    /// (the token comes from the request, and a <c>flow_token</c> key in the data is extension data).
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public FlowPayloadReader(string fileName, FlowPayloadField[] fields, Func<FlowPayloadValues, T> create, bool flowTokenInPayload = true)
    {
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _fields = fields ?? throw new ArgumentNullException(nameof(fields));
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _flowTokenInPayload = flowTokenInPayload;
        var keys = new string[flowTokenInPayload ? fields.Length + 1 : fields.Length];
        _optionIds = new FlowKeyTable?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            keys[i] = fields[i].JsonName;
            if (fields[i].OptionIds is { } ids)
            {
                _optionIds[i] = new FlowKeyTable(ids);
            }
        }

        if (flowTokenInPayload)
        {
            keys[fields.Length] = "flow_token";
        }

        _keys = new FlowKeyTable(keys);
    }

    /// <summary>The flow file the type was generated from.</summary>
    public string FileName { get; }

    /// <summary>The fields of the type, in the flow's order.</summary>
    internal FlowPayloadField[] Fields => _fields;

    /// <summary>
    /// Reads the <c>data</c> of an endpoint request (an empty object when the request has none), with the request's
    /// <c>flow_token</c>. Called by generated endpoint handlers.
    /// </summary>
    /// <exception cref="FlowParseException">The data does not match the flow.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T ReadEndpointData(Endpoints.FlowEndpointRequest request) =>
        TryRead(FlowEndpointJson.DataOf(request ?? throw new ArgumentNullException(nameof(request))), FlowParseOptions.Default, string.Empty, request.FlowToken, default, out var value, out var error)
            ? value!
            : throw new FlowParseException(error!);

    private protected override bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out T? value, out FlowParseError? error) =>
        TryRead(json, options, pathPrefix, null, default, out value, out error);

    /// <summary>
    /// Reads a submission and reports which of the type's fields were present (<paramref name="seen"/>, one flag per
    /// field in <see cref="Fields"/> order): what the router needs to confirm its choice without a second pass.
    /// </summary>
    internal bool TryReadObserved(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, Span<bool> seen, out T? value, out FlowParseError? error) =>
        TryRead(json, options, pathPrefix, null, seen, out value, out error);

    private bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, string? envelopeFlowToken, Span<bool> seen, out T? value, out FlowParseError? error)
    {
        value = null;
        var count = _keys.Count;
        var values = FlowPayloadValues.Rent(count);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = FlowParseErrors.ExpectedObject(pathPrefix, reader.TokenType);
                return false;
            }

            var slots = values.Slots;
            Dictionary<string, JsonElement>? extensionData = null;
            var next = 0; // the index of the key expected next: payloads list their keys in the flow's order
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = _keys.IndexOf(ref reader, next);
                if (index >= 0)
                {
                    if (slots[index].Seen)
                    {
                        error = FlowParseErrors.DuplicateKey(pathPrefix, _keys[index]);
                        return false;
                    }

                    slots[index].Seen = true;
                    reader.Read();
                    if (!ReadValue(ref reader, index, ref slots[index]))
                    {
                        error = FlowParseErrors.UnexpectedType(pathPrefix, _keys[index], Expected(index), reader.TokenType);
                        return false;
                    }

                    next = index + 1;
                    continue;
                }

                if (!FlowExtensionData.TryAddExtensionData(ref extensionData, ref reader, options, pathPrefix, out error))
                {
                    return false;
                }
            }

            // Rejects anything after the object (the reader throws on trailing content).
            reader.Read();
            for (var i = 0; i < _fields.Length; i++)
            {
                if (_fields[i].Required && slots[i].Ref is null && !slots[i].HasScalar)
                {
                    error = FlowParseErrors.MissingField(pathPrefix, _fields[i].JsonName, FileName);
                    return false;
                }
            }

            for (var i = 0; i < seen.Length; i++)
            {
                seen[i] = slots[i].Seen;
            }

            values.FlowToken = _flowTokenInPayload ? (string?)slots[_fields.Length].Ref : envelopeFlowToken;
            values.ExtensionData = (IReadOnlyDictionary<string, JsonElement>?)extensionData ?? FlowExtensionData.EmptyExtensionData;
            value = _create(values);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = FlowParseErrors.InvalidJson(pathPrefix, exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            error = FlowParseErrors.InvalidText(pathPrefix);
            return false;
        }
        finally
        {
            values.Return(count);
        }
    }

    /// <summary>Reads the value of field <paramref name="index"/> (the <c>flow_token</c> past the last field) into its slot.</summary>
    private bool ReadValue(ref Utf8JsonReader reader, int index, ref FlowPayloadValues.Slot slot)
    {
        var kind = index < _fields.Length ? _fields[index].Kind : FlowFieldKind.String;
        switch (kind)
        {
            case FlowFieldKind.Number:
            {
                if (!FlowValueReader.TryReadDecimal(ref reader, out var number))
                {
                    return false;
                }

                slot.HasScalar = number.HasValue;
                slot.Number = number.GetValueOrDefault();
                return true;
            }

            case FlowFieldKind.Boolean:
            {
                if (!FlowValueReader.TryReadBoolean(ref reader, out var flag))
                {
                    return false;
                }

                slot.HasScalar = flag.HasValue;
                slot.Bits = flag.GetValueOrDefault() ? 1 : 0;
                return true;
            }

#if NET6_0_OR_GREATER
            case FlowFieldKind.Date:
            {
                if (!FlowValueReader.TryReadDate(ref reader, out var date))
                {
                    return false;
                }

                slot.HasScalar = date.HasValue;
                slot.Bits = date.GetValueOrDefault().DayNumber;
                return true;
            }
#endif

            case FlowFieldKind.Timestamp:
            {
                if (!FlowValueReader.TryReadUnixMilliseconds(ref reader, out var milliseconds))
                {
                    return false;
                }

                slot.HasScalar = milliseconds.HasValue;
                slot.Bits = milliseconds.GetValueOrDefault();
                return true;
            }

            case FlowFieldKind.StringList:
            {
                var ok = FlowValueReader.TryReadStringList(ref reader, out var list);
                slot.Ref = list;
                return ok;
            }

            case FlowFieldKind.Option:
            {
                var ok = FlowOptionIdReader.TryReadOptionId(ref reader, _optionIds[index]!, out var id);
                slot.Ref = id;
                return ok;
            }

            case FlowFieldKind.OptionList:
            {
                var ok = FlowOptionIdReader.TryReadOptionIds(ref reader, _optionIds[index]!, out var ids);
                slot.Ref = ids;
                return ok;
            }

            case FlowFieldKind.DateRange:
            {
                var ok = FlowValueReader.TryReadDateRange(ref reader, out var range);
                slot.Ref = range;
                return ok;
            }

            case FlowFieldKind.Media:
            {
                var ok = FlowValueReader.TryReadMedia(ref reader, out var files);
                slot.Ref = files;
                return ok;
            }

            case FlowFieldKind.Json:
                slot.Ref = FlowValueReader.ReadElement(ref reader);
                return true;

            default:
            {
                var ok = FlowValueReader.TryReadString(ref reader, out var text);
                slot.Ref = text;
                return ok;
            }
        }
    }

    private string Expected(int index) => (index < _fields.Length ? _fields[index].Kind : FlowFieldKind.String) switch
    {
        FlowFieldKind.Number => "a number",
        FlowFieldKind.Boolean => "a boolean",
        FlowFieldKind.StringList => "an array of strings",
        FlowFieldKind.OptionList => "an array of option ids",
        FlowFieldKind.Option => "an option id",
        FlowFieldKind.Date => "a date (YYYY-MM-DD)",
        FlowFieldKind.DateRange => "a date range object",
        FlowFieldKind.Timestamp => "a millisecond timestamp",
        FlowFieldKind.Media => "an array of files",
        _ => "a string",
    };
}
