// One source file, compiled into the runtime (generated request tables name its members) and, linked (see
// FlowTypes.Generators.csproj), into the generator, which decides from the flow file what each data_exchange payload
// key is: the member the generator writes is the member the runtime matches, by construction.

#if FLOWTYPES_GENERATORS
namespace FlowTypes.Generators.Core.Shared;
#else
namespace FlowTypes.Runtime;
#endif

/// <summary>
/// What a flow file says about one key of a <c>data_exchange</c> payload: whether every request of that action carries
/// it, and the static value it has when the flow writes one. An endpoint tells the actions of one screen apart by these
/// (WhatsApp sends the screen and the data, not the component). Not intended to be used directly: generated request
/// tables use it, and the members may change between versions together with the generator.
/// </summary>
#if FLOWTYPES_GENERATORS
internal enum FlowExchangeValue
#else
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public enum FlowExchangeValue
#endif
{
    /// <summary>The key may be absent (an optional or conditional input, screen data, a computed text).</summary>
    Optional,

    /// <summary>Every request carries the key, with any value (the value a select reports, a required input).</summary>
    Present,

    /// <summary>Every request carries the key with this static string.</summary>
    String,

    /// <summary>Every request carries the key with this static number.</summary>
    Number,

    /// <summary>Every request carries the key with the static value <c>true</c>.</summary>
    True,

    /// <summary>Every request carries the key with the static value <c>false</c>.</summary>
    False,
}
