using System;
using System.Linq;

namespace FlowTypes.Preview;

/// <summary>Images in the page: drawn only from base64 data, which is what Meta requires in a flow; never fetched.</summary>
internal static class Images
{
    /// <summary>An image from base64 data (as Meta requires it); anything else is drawn as a placeholder and never fetched.</summary>
    public static string Tag(string source, string? alt, string css, string style = "")
    {
        var mime = source.StartsWith("/9j/", StringComparison.Ordinal) ? "image/jpeg"
            : source.StartsWith("iVBOR", StringComparison.Ordinal) ? "image/png"
            : source.StartsWith("R0lG", StringComparison.Ordinal) ? "image/gif"
            : source.StartsWith("UklG", StringComparison.Ordinal) ? "image/webp"
            : null;
        if (mime is null || source.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is '+' or '/' or '=' or '\n' or '\r')))
        {
            return "<span class=\"" + css + " ft-placeholder\" style=\"" + style + "\" title=\"" + Html.Escape(source.Length > 80 ? source[..80] + "…" : source) + "\">🖼 " + Html.Escape(alt ?? "image") + "</span>";
        }

        return "<img class=\"" + css + "\" style=\"" + style + "\" alt=\"" + Html.Escape(alt ?? string.Empty) + "\" src=\"data:" + mime + ";base64," + source.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal) + "\">";
    }


    /// <summary>A markdown image: a <c>data:image/…;base64,</c> URI is drawn like an Image component's <c>src</c>.</summary>
    public static string FromUri(string uri, string alt)
    {
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        var data = uri.StartsWith("data:image/", StringComparison.Ordinal) && uri.Contains(";base64,", StringComparison.Ordinal) && comma > 0 ? uri[(comma + 1)..] : uri;
        return Tag(data, alt, "ft-md-img");
    }
}
