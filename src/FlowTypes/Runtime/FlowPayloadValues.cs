using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// The field values of one payload as a <see cref="FlowPayloadReader{T}"/> read them, handed to the generated factory
/// that builds the typed record. Not intended to be used directly: the members may change between versions together
/// with the generator. An instance is only valid during the factory call (it is reused by the next parse on the thread).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FlowPayloadValues
{
    [ThreadStatic]
    private static FlowPayloadValues? t_cached;

    private Slot[] _slots;
    private bool _inUse;

    private FlowPayloadValues(int count) => _slots = new Slot[Math.Max(count, 8)];

    /// <summary>The payload's <c>flow_token</c> (for an endpoint request: the request's).</summary>
    public string? FlowToken { get; internal set; }

    /// <summary>The keys of the payload that the flow does not declare.</summary>
    public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; internal set; } = FlowExtensionData.EmptyExtensionData;

    internal Slot[] Slots => _slots;

    /// <summary>A string field, or the id of a choice field (the generated factory builds the option type from it).</summary>
    public string? String(int index) => (string?)_slots[index].Ref;

    /// <summary>A number field.</summary>
    public decimal? Number(int index) => _slots[index].HasScalar ? _slots[index].Number : null;

    /// <summary>A boolean field.</summary>
    public bool? Boolean(int index) => _slots[index].HasScalar ? _slots[index].Bits != 0 : null;

#if NET6_0_OR_GREATER
    /// <summary>A date field.</summary>
    public DateOnly? Date(int index) => _slots[index].HasScalar ? DateOnly.FromDayNumber((int)_slots[index].Bits) : null;
#endif

    /// <summary>A timestamp field (a DatePicker before Flow JSON 5.0), in UTC.</summary>
    public DateTimeOffset? Timestamp(int index) => _slots[index].HasScalar ? DateTimeOffset.FromUnixTimeMilliseconds(_slots[index].Bits) : null;

    /// <summary>A list-of-strings field.</summary>
    public IReadOnlyList<string>? StringList(int index) => (IReadOnlyList<string>?)_slots[index].Ref;

    /// <summary>A multiple-choice field, as a list of the generated option type.</summary>
    public IReadOnlyList<TOption>? OptionList<TOption>(int index, Func<string, TOption> create)
        where TOption : struct => _slots[index].Ref is string[] ids ? new FlowOptionList<TOption>(ids, create) : null;

    /// <summary>A date-range field.</summary>
    public FlowDateRange? DateRange(int index) => (FlowDateRange?)_slots[index].Ref;

    /// <summary>A media (PhotoPicker/DocumentPicker) field.</summary>
    public IReadOnlyList<FlowMedia>? Media(int index) => (IReadOnlyList<FlowMedia>?)_slots[index].Ref;

    /// <summary>A media (PhotoPicker/DocumentPicker) field of an endpoint request: files to download from WhatsApp's CDN.</summary>
    public IReadOnlyList<Endpoints.FlowEndpointMedia>? EndpointMedia(int index) => (IReadOnlyList<Endpoints.FlowEndpointMedia>?)_slots[index].Ref;

    /// <summary>A field kept as raw JSON.</summary>
    public JsonElement? Json(int index) => _slots[index].Ref is JsonElement element ? element : null;

    /// <summary>An instance with room for <paramref name="count"/> fields, all empty: the thread's cached one when free.</summary>
    internal static FlowPayloadValues Rent(int count)
    {
        var values = t_cached;
        if (values is null || values._inUse)
        {
            // First parse on this thread, or a parse started inside another's factory: a fresh instance.
            values = new FlowPayloadValues(count);
            t_cached ??= values;
        }
        else if (values._slots.Length < count)
        {
            values._slots = new Slot[count];
        }

        values._inUse = true;
        return values;
    }

    /// <summary>Clears the first <paramref name="count"/> fields (no value outlives its parse) and frees the instance.</summary>
    internal void Return(int count)
    {
        Array.Clear(_slots, 0, count);
        FlowToken = null;
        ExtensionData = FlowExtensionData.EmptyExtensionData;
        _inUse = false;
    }

    /// <summary>One field's value: an object, a decimal, or bits (booleans as 0/1, dates as their day number).</summary>
    internal struct Slot
    {
        public object? Ref;
        public decimal Number;
        public long Bits;
        public bool HasScalar;
        public bool Seen;
    }
}
