using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace FlowTypes.Preview;

/// <summary>
/// The markdown subset Meta documents for TextBody/TextCaption (<c>markdown: true</c>) and RichText: headings,
/// bold, italic, strikethrough, links, bulleted and numbered lists, paragraphs. Links are drawn, never followed;
/// images are drawn only from <c>data:</c> URIs (nothing is fetched).
/// </summary>
internal static partial class Markdown
{
    public static string Block(IEnumerable<string> lines)
    {
        var html = new StringBuilder();
        string? list = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var item = ListItem().Match(line);
            var kind = item.Success ? (char.IsDigit(item.Groups[1].Value[0]) ? "ol" : "ul") : null;
            if (list is not null && kind != list)
            {
                html.Append("</").Append(list).Append('>');
                list = null;
            }

            if (kind is not null)
            {
                if (list is null)
                {
                    html.Append('<').Append(kind).Append('>');
                    list = kind;
                }

                html.Append("<li>").Append(Inline(item.Groups[2].Value)).Append("</li>");
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var level = heading.Groups[1].Value.Length;
                html.Append("<div class=\"ft-md-h").Append(level).Append("\">").Append(Inline(heading.Groups[2].Value)).Append("</div>");
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(Inline(line)).Append("</p>");
            }
        }

        if (list is not null)
        {
            html.Append("</").Append(list).Append('>');
        }

        return html.ToString();
    }

    public static string Inline(string text)
    {
        var html = Html.Escape(text);
        html = Image().Replace(html, m => Images.FromUri(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
        html = Link().Replace(html, "<a class=\"ft-link\" href=\"#\" title=\"$2\" data-ft-url=\"$2\">$1</a>");
        html = Bold().Replace(html, "<b>$1</b>");
        html = Italic().Replace(html, "<i>$1</i>");
        html = Strike().Replace(html, "<s>$1</s>");
        return html;
    }

    [GeneratedRegex(@"^\s*([-*+]|\d+\.)\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(#{1,3})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)\s]+)\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"~~(.+?)~~")]
    private static partial Regex Strike();
}
