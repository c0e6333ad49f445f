using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core.Emit;

namespace FlowTypes.Generators.Flows.Emit;

/// <summary>
/// Emits a method that maps the current property name of a Utf8JsonReader to a key index in O(1): a switch on
/// the FNV-1a hash of the name's UTF-8 bytes (FlowJson.Hash at run time), confirmed with SequenceEqual.
/// Escaped names (rare) fall back to ValueTextEquals, which unescapes.
/// </summary>
internal static class KeyMatcher
{
    /// <summary>FNV-1a 32-bit, identical to FlowTypes.Runtime.FlowJson.Hash.</summary>
    public static uint Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    /// <summary>
    /// Emits <c>static int {methodName}(ref Utf8JsonReader reader)</c>: the index in <paramref name="keys"/>, or -1.
    /// With <paramref name="tryExpectedFirst"/> the method takes an <c>int expected</c> (the index after the previous
    /// key) and compares that key first: payloads list their keys in the flow's order, so one comparison usually wins.
    /// </summary>
    public static void EmitIndexMethod(SourceWriter w, string methodName, IReadOnlyList<string> keys, string keyPropertyPrefix, bool tryExpectedFirst = false)
    {
        w.WriteLine($"private static int {methodName}(ref global::System.Text.Json.Utf8JsonReader reader{(tryExpectedFirst ? ", int expected" : string.Empty)})");
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
        if (tryExpectedFirst)
        {
            w.WriteLine("var isExpected = expected switch");
            w.OpenBlock();
            for (var i = 0; i < keys.Count; i++)
            {
                w.WriteLine($"{i} => global::System.MemoryExtensions.SequenceEqual(name, {keyPropertyPrefix}{i}),");
            }

            w.WriteLine("_ => false,");
            w.CloseBlock(";");
            w.WriteLine("if (isExpected) return expected;");
            w.WriteLine();
        }

        EmitHashSwitch(w, "name", keys, keyPropertyPrefix, index => index.ToString(CultureInfo.InvariantCulture));
        w.WriteLine();
        w.WriteLine("return -1;");
        w.CloseBlock();
    }

    /// <summary>
    /// Emits <c>static string? {methodName}(ReadOnlySpan&lt;byte&gt; utf8)</c>: the constant whose UTF-8 bytes equal
    /// <c>utf8</c> (<paramref name="constants"/>[i] is the name of the constant for <paramref name="values"/>[i]), or null.
    /// </summary>
    public static void EmitLookupMethod(SourceWriter w, string methodName, IReadOnlyList<string> values, IReadOnlyList<string> constants, string bytesPropertyPrefix)
    {
        w.WriteLine($"private static string? {methodName}(global::System.ReadOnlySpan<byte> utf8)");
        w.OpenBlock();
        EmitHashSwitch(w, "utf8", values, bytesPropertyPrefix, index => constants[index]);
        w.WriteLine();
        w.WriteLine("return null;");
        w.CloseBlock();
    }

    /// <summary>A switch on the FNV-1a hash of <paramref name="span"/> whose cases confirm with SequenceEqual and return <paramref name="result"/>(index).</summary>
    private static void EmitHashSwitch(SourceWriter w, string span, IReadOnlyList<string> keys, string bytesPropertyPrefix, System.Func<int, string> result)
    {
        w.WriteLine($"switch (global::FlowTypes.Runtime.FlowJson.Hash({span}))");
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

    /// <summary>Emits <c>static ReadOnlySpan&lt;byte&gt; {name} =&gt; new byte[] { ... }</c> (static data, no allocation).</summary>
    public static void EmitKeyProperty(SourceWriter w, string name, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        w.WriteLine($"// \"{key.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r")}\" in UTF-8");
        w.WriteLine($"private static global::System.ReadOnlySpan<byte> {name} => new byte[] {{ {string.Join(", ", bytes.Select(b => b.ToString(CultureInfo.InvariantCulture)))} }};");
    }
}
