using System.Globalization;
using System.Text;
using FlowTypes.Generators.Authoring;

namespace FlowTypes.Preview;

/// <summary>
/// Text with a WhatsApp character limit (from the build's rule table, <see cref="FlowTextLimits"/>): within the limit
/// it is drawn as is; over it, the part WhatsApp would show, the part it would cut (struck through), and the rule
/// that reports it, so the author sees the cut where they look.
/// </summary>
internal static class LimitedText
{
    public static string Html(string text, int? max, string what)
    {
        var length = FlowTextLimits.Length(text);
        if (max is not { } limit || length <= limit)
        {
            return Preview.Html.Escape(text);
        }

        var split = CodePointIndex(text, limit);
        var rule = FlowTextLimits.Rule;
        var message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat.ToString(CultureInfo.InvariantCulture), what, length, limit);
        var html = new StringBuilder();
        html.Append("<span class=\"ft-kept\">").Append(Preview.Html.Escape(text[..split])).Append("</span>");
        html.Append("<span class=\"ft-cut\" data-ft-cut=\"").Append(limit.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Preview.Html.Escape(text[split..])).Append("</span>");
        html.Append("<a class=\"ft-rule\" href=\"").Append(Preview.Html.Escape(rule.HelpLinkUri)).Append("\" title=\"").Append(Preview.Html.Escape(message)).Append("\">")
            .Append(rule.Id).Append(' ').Append(length.ToString(CultureInfo.InvariantCulture)).Append('/').Append(limit.ToString(CultureInfo.InvariantCulture)).Append("</a>");
        return html.ToString();
    }

    /// <summary>The char index after <paramref name="codePoints"/> code points (a surrogate pair is one, as the rule counts).</summary>
    private static int CodePointIndex(string text, int codePoints)
    {
        var index = 0;
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }
}
