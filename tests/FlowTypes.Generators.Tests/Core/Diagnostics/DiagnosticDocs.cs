using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Tests.Core.Diagnostics;

/// <summary>
/// Writes what is derived from the descriptor table (<see cref="DiagnosticDescriptors.All"/>): the README diagnostics
/// table, AnalyzerReleases.Unshipped.md (every id not in Shipped.md) and each help page's header (title line and the
/// severity/category rows; other header rows and the page body are kept). <see cref="DiagnosticCatalogTests"/> fails
/// when a file differs; <c>FLOWTYPES_UPDATE_DOCS=1</c> rewrites them instead (see docs/architecture.md).
/// </summary>
internal static class DiagnosticDocs
{
    public const string UpdateVariable = "FLOWTYPES_UPDATE_DOCS";

    private const string ReleasesHeader = "; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Every derived file as (path relative to the repository root, expected text); null text: cannot be derived.</summary>
    public static IEnumerable<(string Path, string? Text)> Render(string root)
    {
        var descriptors = DiagnosticDescriptors.All;
        yield return ("README.md", RenderReadme(File.ReadAllText(Path.Combine(root, "README.md")), descriptors));

        var shipped = ShippedIds(File.ReadAllText(Path.Combine(root, ReleasesPath("Shipped"))));
        yield return (ReleasesPath("Unshipped"), RenderUnshipped(descriptors.Where(d => !shipped.Contains(d.Id))));

        foreach (var descriptor in descriptors)
        {
            var page = Path.Combine("docs", "diagnostics", descriptor.Id + ".md");
            var full = Path.Combine(root, page);
            yield return (page, File.Exists(full) ? RenderHelpPage(File.ReadAllText(full), descriptor) : null);
        }
    }

    /// <summary>Rewrites every derived file that differs; returns the paths written.</summary>
    public static List<string> Write(string root)
    {
        var written = new List<string>();
        foreach (var (path, text) in Render(root))
        {
            var full = Path.Combine(root, path);
            if (text is not null && (!File.Exists(full) || Normalize(File.ReadAllText(full)) != text))
            {
                File.WriteAllText(full, text);
                written.Add(path);
            }
        }

        return written;
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string ReleasesPath(string kind) => Path.Combine("src", "FlowTypes.Generators", "AnalyzerReleases." + kind + ".md");

    /// <summary>The README with its diagnostics table (the table under "| Id | Severity | Title | Help |") regenerated.</summary>
    public static string RenderReadme(string readme, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var lines = Normalize(readme).Split('\n').ToList();
        var header = lines.IndexOf("| Id | Severity | Title | Help |");
        if (header < 0)
        {
            throw new InvalidOperationException("README.md has no diagnostics table (a line '| Id | Severity | Title | Help |').");
        }

        var end = header + 1;
        while (end < lines.Count && lines[end].StartsWith("|", StringComparison.Ordinal))
        {
            end++;
        }

        var table = new List<string> { lines[header], "|---|---|---|---|" };
        table.AddRange(descriptors.Select(d => $"| {d.Id} | {d.DefaultSeverity} | {d.Title} | [{d.Id}](docs/diagnostics/{d.Id}.md) |"));
        lines.RemoveRange(header, end - header);
        lines.InsertRange(header, table);
        return string.Join("\n", lines);
    }

    public static string RenderUnshipped(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var text = new StringBuilder();
        text.Append("; Unshipped analyzer release\n").Append(ReleasesHeader).Append("\n\n### New Rules\n\n");
        text.Append("Rule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
        foreach (var d in descriptors)
        {
            text.Append($"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}\n");
        }

        return text.ToString();
    }

    /// <summary>The ids listed in a release file's rule tables.</summary>
    public static HashSet<string> ShippedIds(string releases) => new(
        Normalize(releases).Split('\n').Select(l => l.Split('|')[0].Trim()).Where(id => id.StartsWith("FT", StringComparison.Ordinal)),
        StringComparer.Ordinal);

    /// <summary>A help page with its header (the title line and the table after it) made from <paramref name="descriptor"/>.</summary>
    public static string RenderHelpPage(string page, DiagnosticDescriptor descriptor)
    {
        var lines = Normalize(page).Split('\n').ToList();
        var tableStart = lines.FindIndex(l => l.StartsWith("|", StringComparison.Ordinal));
        var tableEnd = tableStart;
        while (tableStart >= 0 && tableEnd < lines.Count && lines[tableEnd].StartsWith("|", StringComparison.Ordinal))
        {
            tableEnd++;
        }

        // Rows the table does not know (where the diagnostic is reported) stay as the page wrote them.
        var kept = tableStart < 0
            ? new List<string>()
            : lines.GetRange(tableStart, tableEnd - tableStart).Skip(2).Where(row => !IsDerivedRow(row)).ToList();
        var header = new List<string>
        {
            $"# {descriptor.Id}: {descriptor.Title}",
            string.Empty,
            "| | |",
            "|---|---|",
            $"| Severity | {descriptor.DefaultSeverity} |",
            $"| Category | `{descriptor.Category}` |",
        };
        header.AddRange(kept);
        var body = tableStart < 0 ? lines.Skip(1).SkipWhile(l => l.Length == 0).ToList() : lines.Skip(tableEnd).ToList();
        if (tableStart < 0)
        {
            header.Add(string.Empty);
        }

        return string.Join("\n", header.Concat(body));
    }

    private static bool IsDerivedRow(string row)
    {
        var name = row.Split('|').Skip(1).FirstOrDefault()?.Trim();
        return name is "Severity" or "Default severity" or "Category" or "Id";
    }
}
