using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>Reads one item of a list for <see cref="FlowValueReader.TryReadItems{T, TItem}"/>.</summary>
internal interface IFlowItemReader<T>
{
    /// <summary>Reads the item the reader is at; false when it is not one (for example null).</summary>
    bool TryRead(ref Utf8JsonReader reader, out T item);
}
