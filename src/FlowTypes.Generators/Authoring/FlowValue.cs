using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>
/// A JSON value of a flow file as the build read it: its type, its content, the text exactly as written and where it
/// starts. Read-only; every property the file has is kept, known to FlowTypes or not.
/// </summary>
public sealed class FlowValue
{
    private readonly JsonNode _node;
    private readonly SourceText _text;
    private ImmutableArray<FlowValue> _items;
    private ImmutableArray<KeyValuePair<string, FlowValue>> _properties;

    internal FlowValue(JsonNode node, SourceText text)
    {
        _node = node;
        _text = text;
    }

    /// <summary>The JSON type.</summary>
    public FlowValueKind Kind => _node.Kind switch
    {
        JsonKind.Object => FlowValueKind.Object,
        JsonKind.Array => FlowValueKind.Array,
        JsonKind.String => FlowValueKind.String,
        JsonKind.Number => FlowValueKind.Number,
        JsonKind.True or JsonKind.False => FlowValueKind.Boolean,
        _ => FlowValueKind.Null,
    };

    /// <summary>The unescaped text of a string; null for any other kind.</summary>
    public string? String => (_node as JsonString)?.Value;

    /// <summary>The value of <c>true</c> or <c>false</c>; null for any other kind.</summary>
    public bool? Boolean => _node.Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => null,
    };

    /// <summary>The value exactly as written in the file (with quotes, escapes and whitespace inside it).</summary>
    public string Json => _text.ToString(SourceLocations.Clamp(_text, _node.Span));

    /// <summary>Where the value starts in the file (zero-based line and character, as Roslyn counts them).</summary>
    public LinePosition Start => _text.Lines.GetLinePosition(Math.Min(_node.Span.Start, _text.Length));

    /// <summary>The items of an array, in order; empty for any other kind.</summary>
    public ImmutableArray<FlowValue> Items
    {
        get
        {
            if (_items.IsDefault)
            {
                var items = _node is JsonArray array ? array.Items : ImmutableArray<JsonNode>.Empty;
                var builder = ImmutableArray.CreateBuilder<FlowValue>(items.Length);
                foreach (var item in items)
                {
                    builder.Add(new FlowValue(item, _text));
                }

                ImmutableInterlocked.InterlockedInitialize(ref _items, builder.MoveToImmutable());
            }

            return _items;
        }
    }

    /// <summary>The properties of an object in document order (duplicate names kept); empty for any other kind.</summary>
    public ImmutableArray<KeyValuePair<string, FlowValue>> Properties
    {
        get
        {
            if (_properties.IsDefault)
            {
                var properties = _node is JsonObject value ? value.Properties : ImmutableArray<JsonProperty>.Empty;
                var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, FlowValue>>(properties.Length);
                foreach (var property in properties)
                {
                    builder.Add(new KeyValuePair<string, FlowValue>(property.Name, new FlowValue(property.Value, _text)));
                }

                ImmutableInterlocked.InterlockedInitialize(ref _properties, builder.MoveToImmutable());
            }

            return _properties;
        }
    }

    /// <summary>The first property of an object with this exact name; null when there is none or this is not an object.</summary>
    public FlowValue? Get(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The text of the string property <paramref name="name"/>; null when it is missing or not a string.</summary>
    public string? GetString(string name) => Get(name)?.String;

    /// <summary>The value as written (<see cref="Json"/>).</summary>
    public override string ToString() => Json;

    internal static FlowValue? Of(JsonNode? node, SourceText text) => node is null ? null : new FlowValue(node, text);
}
