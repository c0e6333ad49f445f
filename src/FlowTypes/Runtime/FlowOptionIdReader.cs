using System;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>Reads the ids of a multiple-choice field (CheckboxGroup, ChipsSelector) for <see cref="FlowPayloadReader{T}"/>.</summary>
internal static class FlowOptionIdReader
{
    /// <summary>
    /// Reads an array of option ids (a single id is one item; null is no value). Listed ids come back as the generated
    /// constants, found from their UTF-8 bytes without allocating; other ids are read as text.
    /// </summary>
    public static bool TryReadOptionIds(ref Utf8JsonReader reader, FlowKeyTable listed, out string[]? ids) =>
        FlowValueReader.TryReadItems<string, OptionId>(ref reader, new OptionId(listed), out ids, out _);

    /// <summary>
    /// Reads one option id: a listed id comes back as the generated constant, found from the UTF-8 bytes without
    /// transcoding or allocating; any other id (or an escaped one) is read as text.
    /// </summary>
    public static bool TryReadOptionId(ref Utf8JsonReader reader, FlowKeyTable listed, out string? id)
    {
        // A number token's bytes are its JSON text, the same text TryReadString keeps for a number.
        if ((reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.Number) && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var index = listed.IndexOf(reader.ValueSpan);
            if (index >= 0)
            {
                id = listed[index];
                return true;
            }
        }

        return FlowValueReader.TryReadString(ref reader, out id);
    }

    /// <summary>One option id of the list; null is not an item.</summary>
    private readonly struct OptionId : IFlowItemReader<string>
    {
        private readonly FlowKeyTable _listed;

        public OptionId(FlowKeyTable listed) => _listed = listed;

        public bool TryRead(ref Utf8JsonReader reader, out string item)
        {
            var read = TryReadOptionId(ref reader, _listed, out var id) && id is not null;
            item = id!;
            return read;
        }
    }
}
