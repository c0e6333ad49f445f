using System;
using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The one grammar of dynamic values in Flow JSON, used by the validator and the spec builder alike: a reference is
/// <c>${root.name(.name)*}</c> with root <c>data</c>, <c>form</c> or <c>screen</c> and names of letters, digits,
/// <c>_</c> and <c>-</c>; a value is dynamic when it holds a reference or is a backtick expression. Nested expressions
/// (their operators, literals and references) are parsed here too (<see cref="Parse"/>), over the same references.
/// </summary>
internal static partial class FlowExpression
{
    /// <summary>True when <paramref name="value"/> is computed by WhatsApp (holds <c>${</c> or is a backtick expression).</summary>
    public static bool IsDynamic(string value) => value.IndexOf("${", StringComparison.Ordinal) >= 0 || value.StartsWith("`", StringComparison.Ordinal);

    /// <summary>True when <paramref name="value"/> is a nested expression: wrapped in backticks (Flow JSON 6.0 and later).</summary>
    public static bool IsNestedExpression(string value) =>
        value.Length >= 2 && value[0] == '`' && value[value.Length - 1] == '`';

    /// <summary>Every <c>${data…}</c>, <c>${form…}</c> and <c>${screen…}</c> reference in a string (also inside nested expressions).</summary>
    public static List<FlowReference> FindReferences(string value)
    {
        var references = new List<FlowReference>();
        var index = 0;
        while ((index = value.IndexOf("${", index, StringComparison.Ordinal)) >= 0)
        {
            if (ScanReference(value, index) is { } reference)
            {
                references.Add(reference);
            }

            index += 2;
        }

        return references;
    }

    /// <summary>
    /// The reference when <paramref name="value"/> is exactly one closed reference and nothing else
    /// (<c>${form.name}</c>, not <c>Hi ${form.name}</c>); otherwise null.
    /// </summary>
    public static FlowReference? WholeReference(string value)
    {
        if (!value.StartsWith("${", StringComparison.Ordinal))
        {
            return null;
        }

        var references = FindReferences(value);
        return references.Count > 0 && references[0].Closed && references[0].Text.Length == value.Length ? references[0] : null;
    }

    /// <summary>
    /// The reference that starts with the <c>${</c> at <paramref name="index"/>: a root of <c>data</c>, <c>form</c> or
    /// <c>screen</c> and at least one more dotted name, closed or not; null when the text there is no such path.
    /// </summary>
    private static FlowReference? ScanReference(string value, int index)
    {
        var position = index + 2;
        var segments = new List<string>();
        while (position < value.Length)
        {
            var start = position;
            while (position < value.Length && IsNameChar(value[position]))
            {
                position++;
            }

            if (position == start)
            {
                break;
            }

            segments.Add(value.Substring(start, position - start));
            if (position < value.Length && value[position] == '.')
            {
                position++;
                continue;
            }

            break;
        }

        if (segments.Count < 2 || segments[0] is not ("data" or "form" or "screen"))
        {
            return null;
        }

        var closed = position < value.Length && value[position] == '}';
        var end = closed ? position + 1 : position;
        return new FlowReference(value.Substring(index, end - index), index, segments, closed);
    }

    private static bool IsNameChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
