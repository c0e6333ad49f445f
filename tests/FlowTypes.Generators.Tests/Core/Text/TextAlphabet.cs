using System.Text;
using CsCheck;

namespace FlowTypes.Generators.Tests.Core.Text;

/// <summary>
/// Strings an author can type (or paste from a word processor or a web page) that are hostile to generated C#: every
/// Unicode line terminator, control characters, lone surrogates, comment and XML delimiters, quotes, backslashes,
/// escapes that look like C# or JSON escapes, keywords, and ordinary text in several scripts.
/// </summary>
internal static class TextAlphabet
{
    /// <summary>The fixed seed of every property test here (CsCheck's seed format); a failure prints the shrunk input.</summary>
    public const string Seed = "0N0XIzNsQ0O2";

    public static readonly string[] Atoms =
    {
        "a", "Z", "q", "_", "0", "7", " ", "-", ".", ",", "é", "ß", "中文", "Ω", "😀", "👩‍💻",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\t", "\0", "\u0001", "\u001b", "\u007f", "\u009f",
        "\uD800", "\uDFFF", "\uDBFF", "\uFEFF", "\u200B", "\u200D", "\u202E", "\uFFFE", "\uFFFF",
        "*/", "/*", "//", "///", "</summary>", "<c>", "]]>", "<!--", "&", "&amp;", "<", ">", "\"", "'", "\\", "\\n", "\\u0041",
        "{", "}", "{{1}}", "${", "${data.x}", "`", "@", "#", "#region", "class", "null", "default", "@event", "$\"",
    };

    /// <summary>A string of 0–<paramref name="maxAtoms"/> atoms (possibly empty).</summary>
    public static Gen<string> Text(int maxAtoms = 6) =>
        Gen.OneOfConst(Atoms).Array[0, maxAtoms].Select(parts => string.Concat(parts));

    /// <summary>A string of 1–<paramref name="maxAtoms"/> atoms.</summary>
    public static Gen<string> NonEmptyText(int maxAtoms = 6) =>
        Gen.OneOfConst(Atoms).Array[1, maxAtoms].Select(parts => string.Concat(parts));

    /// <summary>True when <paramref name="value"/> is well-formed UTF-16 (no lone surrogate), so it survives UTF-8.</summary>
    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A JSON string token for <paramref name="value"/>; <paramref name="asciiOnly"/> escapes everything outside printable ASCII.</summary>
    public static string Json(string value, bool asciiOnly)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (pair && !asciiOnly)
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c < 0x20 || c == 0x7F || char.IsSurrogate(c) || (asciiOnly && c > 0x7E))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
