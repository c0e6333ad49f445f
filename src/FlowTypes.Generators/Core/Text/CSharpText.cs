using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Core.Text;

/// <summary>
/// The one place where text from flow and template files becomes C# source text. Every string an author wrote (labels,
/// titles, option ids, descriptions, payload keys, file names, template texts) goes through one of these before an
/// emitter writes it, in the position it is written to:
/// <list type="bullet">
/// <item><see cref="Literal"/> inside code (a regular string literal),</item>
/// <item><see cref="XmlDoc"/> inside a <c>///</c> documentation comment (element content),</item>
/// <item><see cref="Comment"/> inside a <c>//</c> or <c>/* */</c> comment,</item>
/// <item><see cref="EscapeKeyword"/> and <see cref="IsIdentifier"/> for names (built by <see cref="Naming"/>).</item>
/// </list>
/// C# ends a line at U+000D, U+000A, U+0085, U+2028 and U+2029, so none of them may reach a comment; control characters
/// and lone surrogates are not allowed in XML; and <c>*/</c>, <c>&lt;</c>, <c>&amp;</c>, quotes and backslashes each
/// end or corrupt one of the positions.
/// </summary>
internal static class CSharpText
{
    /// <summary>A C# regular string literal, quotes included, whose value is exactly <paramref name="value"/>.</summary>
    /// <remarks>
    /// Printable text (any script, emoji) is kept as written; quotes, backslashes, line terminators, control and format
    /// characters that would be invisible or would break the line, and lone surrogates become escape sequences.
    /// </remarks>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\0': builder.Append("\\0"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (MustEscape(c))
            {
                AppendUnicodeEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for the content of an XML documentation element (<c>&lt;summary&gt;</c>, <c>&lt;param&gt;</c>, ...): <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c> become entities, every line terminator a space, and characters XML does not allow
    /// (controls, lone surrogates, U+FFFE/U+FFFF) a visible <c>\uXXXX</c>.
    /// </summary>
    public static string XmlDoc(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when IsLineTerminator(c) => " ",
                _ => null,
            };

            if (replacement is null && char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (replacement is null && (char.IsSurrogate(c) || (c != '\t' && char.IsControl(c)) || c is '\uFFFE' or '\uFFFF'))
            {
                replacement = UnicodeEscape(c);
            }

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(value, 0, i, value.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? value;
    }

    /// <summary>
    /// Text for one line of a <c>//</c> comment (also safe inside <c>/* */</c>): line terminators, other control
    /// characters and lone surrogates become visible escapes (<c>\n</c>, <c>\u2028</c>), and <c>*/</c> becomes <c>*\/</c>.
    /// </summary>
    public static string Comment(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '/' when i > 0 && value[i - 1] == '*' => "\\/",
                _ => null,
            };

            if (replacement is null && char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (replacement is null && (char.IsSurrogate(c) || MustEscape(c)))
            {
                replacement = UnicodeEscape(c);
            }

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(value, 0, i, value.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? value;
    }

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a C# keyword (<c>class</c> → <c>@class</c>).</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>True when <paramref name="text"/> is a valid C# identifier (optionally <c>@</c>-prefixed) that is not a bare keyword.</summary>
    public static bool IsIdentifier(string text)
    {
        var name = text.StartsWith("@", System.StringComparison.Ordinal) ? text.Substring(1) : text;
        return SyntaxFacts.IsValidIdentifier(name) && (text.Length != name.Length || SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None);
    }

    /// <summary>The characters C# treats as the end of a line (and so the end of a <c>//</c> or <c>///</c> comment).</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Characters written as <c>\uXXXX</c> in literals and comments: controls, line/paragraph separators, lone surrogates, non-characters.</summary>
    private static bool MustEscape(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
        || c is '\uFFFE' or '\uFFFF';

    private static string UnicodeEscape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static void AppendUnicodeEscape(StringBuilder builder, char c) => builder.Append(UnicodeEscape(c));
}
