using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Authoring;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Preview;

/// <summary>
/// Renders a flow file, as the build reads it (<see cref="FlowFileReport"/>), into a self-contained HTML page: every
/// screen in a phone frame, drawn in WhatsApp's manner with <c>${data.…}</c> filled from the screens' examples;
/// footers, links and list items that move along the routing model; the route picture; and the build's findings.
/// The page loads nothing: its style and script are inline, images are data URIs, and a content security policy
/// forbids every fetch.
/// </summary>
public static class FlowPreviewRenderer
{
    private static readonly Lazy<string> Style = new(() => Asset("preview.css"));
    private static readonly Lazy<string> Script = new(() => Asset("preview.js"));

    /// <summary>The HTML page of the flow.</summary>
    public static string Page(FlowFileReport report, FlowPreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = options?.Title ?? Path.GetFileName(report.Path);
        var outline = report.Outline;
        var live = options?.LiveReloadPath;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'")
            .Append(live is null ? string.Empty : "; connect-src 'self'").Append("\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(Html.Escape(name)).Append(" — flow preview</title><style>").Append(Style.Value).Append("</style></head>");
        html.Append("<body data-ft-entry=\"").Append(Html.Escape(outline?.EntryScreen?.Id ?? string.Empty)).Append('"');
        if (live is not null)
        {
            html.Append(" data-ft-live=\"").Append(Html.Escape(live)).Append('"');
        }

        html.Append('>');
        var errors = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        html.Append("<header class=\"ft-head\"><h1>").Append(Html.Escape(name)).Append("</h1><div class=\"ft-meta\">");
        if (outline is not null)
        {
            html.Append("Flow JSON ").Append(Html.Escape(outline.Version ?? "?")).Append(" · ").Append(outline.Screens.Length.ToString(CultureInfo.InvariantCulture)).Append(" screen(s)")
                .Append(outline.DataApiVersion is null ? string.Empty : " · endpoint flow (data_api_version " + Html.Escape(outline.DataApiVersion) + ")").Append(" · ");
        }

        html.Append(errors.ToString(CultureInfo.InvariantCulture)).Append(" error(s), ").Append(warnings.ToString(CultureInfo.InvariantCulture)).Append(" warning(s)</div></header>");
        html.Append("<main class=\"ft-layout\"><section class=\"ft-phone-column\"><div class=\"ft-phone\" data-ft-phone>");
        html.Append("<div class=\"ft-appbar\"><button type=\"button\" data-ft-back title=\"Back\">←</button><span class=\"ft-title\" data-ft-title-text></span><button type=\"button\" data-ft-restart title=\"Start again\">✕</button></div>");
        html.Append("<div class=\"ft-screens\">");
        if (outline is not null)
        {
            foreach (var screen in outline.Screens)
            {
                ScreenWriter.Write(outline, screen, html, options?.Completion);
            }
        }
        else
        {
            html.Append("<div class=\"ft-body\"><div class=\"ft-unknown\">This file is not a flow WhatsApp can open: see the findings.</div></div>");
        }

        html.Append("</div><div class=\"ft-overlay\" data-ft-overlay hidden><div class=\"ft-sheet\" data-ft-sheet></div></div><div class=\"ft-toast\" data-ft-toast hidden></div></div>");
        html.Append("<div class=\"ft-controls\"><button type=\"button\" data-ft-back>Back</button><button type=\"button\" data-ft-restart>Start again</button></div></section>");
        html.Append("<section class=\"ft-side\">");
        if (outline is not null)
        {
            html.Append("<div class=\"ft-panel\"><h2>Routes</h2>").Append(RouteSvg.Write(Graph(report, options), standalone: false));
            EndpointCompletion(report, options?.Completion, html);
            html.Append("</div>");
        }

        Findings(report, html);
        html.Append("</section></main><script>").Append(Script.Value).Append("</script></body></html>\n");
        return html.ToString();
    }

    /// <summary>The route picture on its own: a standalone SVG document; null when the file is not a JSON object (FT1001).</summary>
    /// <param name="report">The flow file.</param>
    /// <param name="options">Only <see cref="FlowPreviewOptions.Completion"/> is read.</param>
    public static string? Routes(FlowFileReport report, FlowPreviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Outline is not null ? RouteSvg.Write(Graph(report, options), standalone: true) + "\n" : null;
    }

    private static RouteGraph Graph(FlowFileReport report, FlowPreviewOptions? options) =>
        RouteGraph.From(report.Outline!, options?.Completion, report.UntypedCompletionHints);

    /// <summary>Under the route picture of a flow that finishes through its endpoint: the type it completes with and where it is declared, or FT1071.</summary>
    private static void EndpointCompletion(FlowFileReport report, FlowCompletionLookup? completion, StringBuilder html)
    {
        if (completion is null || report.UntypedCompletionHints.IsEmpty)
        {
            return;
        }

        if (completion.TypeName is { } typeName)
        {
            html.Append("<p class=\"ft-completion-type\" data-ft-completion-type=\"").Append(Html.Escape(typeName)).Append("\">Finishes through its endpoint: your service reads the completion as <code>")
                .Append(Html.Escape(typeName)).Append("</code> (<code>[FlowCompletion]</code> in ").Append(Html.Escape(Path.GetRelativePath(completion.ProjectDirectory!, completion.DeclaredIn!))).Append(").</p>");
            return;
        }

        html.Append("<ul class=\"ft-findings\">");
        foreach (var hint in report.UntypedCompletionHints)
        {
            Finding(hint, html);
        }

        html.Append("</ul>");
    }

    private static void Findings(FlowFileReport report, StringBuilder html)
    {
        html.Append("<div class=\"ft-panel\" data-ft-findings><h2>Build findings (").Append(report.Diagnostics.Length.ToString(CultureInfo.InvariantCulture)).Append(")</h2>");
        if (report.Diagnostics.IsEmpty)
        {
            html.Append("<p>None: the build reports nothing for this file.</p>");
        }
        else
        {
            html.Append("<ul class=\"ft-findings\">");
            foreach (var diagnostic in report.Diagnostics)
            {
                Finding(diagnostic, html, "data-ft-finding");
            }

            html.Append("</ul>");
        }

        html.Append("</div>");
    }

    private static void Finding(Diagnostic diagnostic, StringBuilder html, string attribute = "data-ft-hint")
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        html.Append("<li ").Append(attribute).Append("=\"").Append(diagnostic.Id).Append("\"><span class=\"ft-sev ft-sev-").Append(severity).Append("\">").Append(severity).Append("</span> ")
            .Append("<a href=\"").Append(Html.Escape(diagnostic.Descriptor.HelpLinkUri)).Append("\">").Append(diagnostic.Id).Append("</a> ")
            .Append("<span class=\"ft-where\">").Append((start.Line + 1).ToString(CultureInfo.InvariantCulture)).Append(':').Append((start.Character + 1).ToString(CultureInfo.InvariantCulture)).Append("</span> ")
            .Append(Html.Escape(diagnostic.GetMessage(CultureInfo.InvariantCulture))).Append("</li>");
    }

    private static string Asset(string name)
    {
        using var stream = typeof(FlowPreviewRenderer).Assembly.GetManifestResourceStream("FlowTypes.Preview." + name)
            ?? throw new InvalidOperationException("The preview asset " + name + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
