using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Core.Text;

namespace FlowTypes.Generators.Flows.Emit;

/// <summary>
/// Emits a method that maps the current property name of a Utf8JsonReader to a key index in O(1): a switch on
/// the FNV-1a hash of the name's UTF-8 bytes (FlowKeyHash.Hash at run time), confirmed with SequenceEqual.
/// Escaped names (rare) fall back to ValueTextEquals, which unescapes.
/// </summary>
internal static class KeyMatcher
{
    /// <summary>The hash generated code computes at run time (FlowKeyHash.Hash): the same source file, <see cref="Fnv1a"/>.</summary>
    public static uint Hash(string key) => Fnv1a.Hash(Encoding.UTF8.GetBytes(key));

    /// <summary>Emits <c>static int {methodName}(ref Utf8JsonReader reader)</c>: the index in <paramref name="keys"/>, or -1.</summary>
    public static void EmitIndexMethod(SourceWriter w, string methodName, IReadOnlyList<string> keys, string keyPropertyPrefix)
    {
        w.WriteLine($"private static int {methodName}(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.OpenBlock();
        if (keys.Count == 0)
        {
            w.WriteLine("return -1;");
            w.CloseBlock();
            return;
        }

        w.WriteLine("if (reader.ValueIsEscaped || reader.HasValueSequence)");
        w.OpenBlock();
        for (var i = 0; i < keys.Count; i++)
        {
            w.WriteLine($"if (reader.ValueTextEquals({keyPropertyPrefix}{i})) return {i};");
        }

        w.WriteLine("return -1;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("var name = reader.ValueSpan;");
        EmitHashSwitch(w, "name", keys, keyPropertyPrefix, index => index.ToString(CultureInfo.InvariantCulture));
        w.WriteLine();
        w.WriteLine("return -1;");
        w.CloseBlock();
    }

    /// <summary>A switch on the FNV-1a hash of <paramref name="span"/> whose cases confirm with SequenceEqual and return <paramref name="result"/>(index).</summary>
    private static void EmitHashSwitch(SourceWriter w, string span, IReadOnlyList<string> keys, string bytesPropertyPrefix, System.Func<int, string> result)
    {
        w.WriteLine($"switch (global::FlowTypes.Runtime.FlowKeyHash.Hash({span}))");
        w.OpenBlock();
        foreach (var group in keys.Select((key, index) => (key, index)).GroupBy(k => Hash(k.key)).OrderBy(g => g.Key))
        {
            w.WriteLine($"case {group.Key.ToString(CultureInfo.InvariantCulture)}u:");
            w.OpenBlock();
            foreach (var (_, index) in group)
            {
                w.WriteLine($"if (global::System.MemoryExtensions.SequenceEqual({span}, {bytesPropertyPrefix}{index})) return {result(index)};");
            }

            w.WriteLine("break;");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    /// <summary>
    /// Emits <c>static ReadOnlySpan&lt;byte&gt; {name}</c> (static data, no allocation): a <c>"..."u8</c> literal on C# 11 and
    /// later, else <c>new byte[] { ... }</c> with the text in a comment. Text that is not valid UTF-16 (a lone surrogate,
    /// which a u8 literal rejects) always takes the byte form, with the bytes the runtime compares against.
    /// </summary>
    public static void EmitKeyProperty(SourceWriter w, string name, string key, bool useUtf8Literals)
    {
        if (useUtf8Literals && CSharpText.Utf8Literal(key) is { } literal)
        {
            w.WriteLine($"private static global::System.ReadOnlySpan<byte> {name} => {literal};");
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(key);
        w.WriteLine($"// {CSharpText.Comment(CSharpText.Literal(key))} in UTF-8");
        w.WriteLine($"private static global::System.ReadOnlySpan<byte> {name} => new byte[] {{ {string.Join(", ", bytes.Select(b => b.ToString(CultureInfo.InvariantCulture)))} }};");
    }
}
