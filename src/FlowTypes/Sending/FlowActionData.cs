using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// The screen a flow opens on and the data it is pre-filled with (<c>flowActionData</c>: <c>{"screen":...,"data":{...}}</c>).
/// </summary>
public sealed class FlowActionData
{
    private readonly KeyValuePair<string, JsonElement>[] _data;

    /// <summary>Opens the flow on <paramref name="screen"/> with JSON data values.</summary>
    /// <param name="screen">The id of the screen to open (an entry screen of the flow).</param>
    /// <param name="data">The data values by name, or null for none.</param>
    public FlowActionData(string screen, IEnumerable<KeyValuePair<string, JsonElement>>? data = null)
    {
        Screen = screen ?? throw new ArgumentNullException(nameof(screen));
        _data = data is null ? Array.Empty<KeyValuePair<string, JsonElement>>() : new List<KeyValuePair<string, JsonElement>>(data).ToArray();
    }

    /// <summary>The id of the screen to open.</summary>
    public string Screen { get; }

    /// <summary>The data values in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Data => _data;

    /// <summary>Opens the flow on <paramref name="screen"/> with string data values.</summary>
    /// <param name="screen">The id of the screen to open.</param>
    /// <param name="data">The data values by name.</param>
    /// <returns>The flow action data.</returns>
    public static FlowActionData FromStrings(string screen, IEnumerable<KeyValuePair<string, string>> data)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        var values = new List<KeyValuePair<string, JsonElement>>();
        foreach (var pair in data)
        {
            using var document = JsonDocument.Parse(JsonEncodedString(pair.Value));
            values.Add(new KeyValuePair<string, JsonElement>(pair.Key, document.RootElement.Clone()));
        }

        return new FlowActionData(screen, values);
    }

    private static string JsonEncodedString(string value) => "\"" + JsonEncodedText.Encode(value ?? string.Empty).ToString() + "\"";

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("screen", Screen);
        if (_data.Length > 0)
        {
            writer.WriteStartObject("data");
            foreach (var pair in _data)
            {
                writer.WritePropertyName(pair.Key);
                pair.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
