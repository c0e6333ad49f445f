using System;
using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The one grammar of dynamic values in Flow JSON, used by the validator and the spec builder alike: a reference is
/// <c>${root.name(.name)*}</c> with root <c>data</c>, <c>form</c> or <c>screen</c> and names of letters, digits,
/// <c>_</c> and <c>-</c>; a value is dynamic when it holds a reference or is a backtick expression.
/// </summary>
internal static class FlowExpression
{
    /// <summary>True when <paramref name="value"/> is computed by WhatsApp (holds <c>${</c> or is a backtick expression).</summary>
    public static bool IsDynamic(string value) => value.IndexOf("${", StringComparison.Ordinal) >= 0 || value.StartsWith("`", StringComparison.Ordinal);

    /// <summary>Every <c>${data…}</c>, <c>${form…}</c> and <c>${screen…}</c> reference in a string (also inside nested expressions).</summary>
    public static List<FlowReference> FindReferences(string value)
    {
        var references = new List<FlowReference>();
        var index = 0;
        while ((index = value.IndexOf("${", index, StringComparison.Ordinal)) >= 0)
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

            if (segments.Count >= 2 && segments[0] is "data" or "form" or "screen")
            {
                var closed = position < value.Length && value[position] == '}';
                var end = closed ? position + 1 : position;
                references.Add(new FlowReference(value.Substring(index, end - index), index, segments, closed));
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

    private static bool IsNameChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
