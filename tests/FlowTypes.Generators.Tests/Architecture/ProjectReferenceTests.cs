using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace FlowTypes.Generators.Tests.Architecture;

/// <summary>
/// Enforces the project reference table of docs/architecture.md ("Project references"): every project in the
/// repository is in the table, every <c>ProjectReference</c> is one the table allows in the form it names
/// (analyzer, pack or ordinary), and every project of the solution is in it. The table is read from the doc itself, so
/// the doc and the build cannot drift apart.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string RepoRoot = typeof(ProjectReferenceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    [Fact]
    public void Every_project_reference_is_allowed_by_the_plan()
    {
        var plan = Plan.Read(RepoRoot);
        var violations = new List<string>();
        foreach (var project in Projects())
        {
            if (!plan.TryGetValue(project, out var row))
            {
                violations.Add($"{project}: not in the project reference table of docs/architecture.md; add a row");
                continue;
            }

            foreach (var reference in References(project))
            {
                if (!row.Allowed.TryGetValue(reference.Name, out var kind))
                {
                    violations.Add($"{project} references {reference.Name}, which the plan does not allow");
                }
                else if (kind != reference.Kind)
                {
                    violations.Add($"{project} references {reference.Name} as {Describe(reference.Kind)}; the plan says {Describe(kind)}");
                }
            }
        }

        foreach (var (path, row) in plan)
        {
            if (!row.Planned && !File.Exists(Path.Combine(RepoRoot, path)))
            {
                violations.Add($"{path}: in the plan but there is no such project (mark the row planned or remove it)");
            }
        }

        Assert.True(violations.Count == 0, "docs/architecture.md, Project references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_project_is_in_the_solution_except_the_deliberately_broken_sample()
    {
        var solution = File.ReadAllText(Path.Combine(RepoRoot, "FlowTypes.sln"));
        var inSolution = Regex.Matches(solution, "\"([^\"]+\\.csproj)\"").Select(m => m.Groups[1].Value.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var missing = Projects().Where(p => p != "samples/Mistakes/Mistakes.csproj" && !inSolution.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "Not in FlowTypes.sln: " + string.Join(", ", missing));
        Assert.DoesNotContain("samples/Mistakes/Mistakes.csproj", inSolution);
    }

    [Fact]
    public void The_table_is_read_as_written()
    {
        var plan = Plan.Read(RepoRoot);
        var tool = plan["src/FlowTypes.Tool/FlowTypes.Tool.csproj"];
        Assert.Equal(ReferenceKind.Ordinary, tool.Allowed["FlowTypes.ChatApps"]);
        Assert.Equal(ReferenceKind.Analyzer, plan["samples/Mistakes/Mistakes.csproj"].Allowed["FlowTypes.Generators"]);
        Assert.Equal(ReferenceKind.Pack, plan["src/FlowTypes/FlowTypes.csproj"].Allowed["FlowTypes.CodeFixes"]);
        Assert.Empty(plan["src/FlowTypes.Generators/FlowTypes.Generators.csproj"].Allowed);
        Assert.False(plan["src/FlowTypes.Generators/FlowTypes.Generators.csproj"].Planned);
    }

    private static string Describe(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Analyzer => "an analyzer (OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\")",
        ReferenceKind.Pack => "build/pack only (ReferenceOutputAssembly=\"false\")",
        _ => "an ordinary reference",
    };

    private static IEnumerable<string> Projects()
    {
        foreach (var top in new[] { "src", "tests", "samples" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoRoot, top), "*.csproj", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoRoot, path).Replace('\\', '/');
                if (!relative.Split('/').Any(part => part is "bin" or "obj") && !IsTemplateContent(path))
                {
                    yield return relative;
                }
            }
        }
    }

    /// <summary>
    /// A project inside a <c>dotnet new</c> template (a folder with <c>.template.config</c> above it) is content that
    /// FlowTypes.Templates ships, not a project of this repository: it references the packages by version and is built
    /// only once instantiated (tests/FlowTypes.PackageTests/ProjectTemplateTests.cs).
    /// </summary>
    private static bool IsTemplateContent(string projectPath)
    {
        for (var directory = Path.GetDirectoryName(projectPath); directory is not null && directory.Length > RepoRoot.Length; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(Path.Combine(directory, ".template.config")))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Name, ReferenceKind Kind)> References(string project)
    {
        var document = XDocument.Load(Path.Combine(RepoRoot, project));
        foreach (var element in document.Descendants("ProjectReference"))
        {
            var include = element.Attribute("Include")!.Value.Replace('\\', '/');
            var name = Path.GetFileNameWithoutExtension(include);
            var referencesOutput = !string.Equals(Value(element, "ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase);
            var analyzer = string.Equals(Value(element, "OutputItemType"), "Analyzer", StringComparison.Ordinal);
            yield return (name, analyzer && !referencesOutput ? ReferenceKind.Analyzer : referencesOutput ? ReferenceKind.Ordinary : ReferenceKind.Pack);
        }
    }

    private static string? Value(XElement element, string name) =>
        element.Attribute(name)?.Value ?? element.Element(name)?.Value;

    private enum ReferenceKind
    {
        Ordinary,
        Analyzer,
        Pack,
    }

    private sealed record Row(bool Planned, Dictionary<string, ReferenceKind> Allowed);

    /// <summary>The "Project references" table of docs/architecture.md.</summary>
    private static class Plan
    {
        public static Dictionary<string, Row> Read(string repoRoot)
        {
            var lines = File.ReadAllLines(Path.Combine(repoRoot, "docs", "architecture.md"));
            var start = Array.FindIndex(lines, l => l.Trim() == "## Project references");
            Assert.True(start >= 0, "docs/architecture.md has no '## Project references' section");
            var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
            var inTable = false;
            for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
            {
                var line = lines[i].Trim();
                if (!line.StartsWith('|'))
                {
                    if (inTable)
                    {
                        break;
                    }

                    continue;
                }

                inTable = true;
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                var project = Regex.Match(cells[0], "`([^`]+\\.csproj)`");
                if (!project.Success)
                {
                    continue; // header and separator
                }

                var allowed = new Dictionary<string, ReferenceKind>(StringComparer.Ordinal);
                foreach (Match reference in Regex.Matches(cells[1], "`([^`]+)`(?:\\s*\\((analyzer|pack)\\))?"))
                {
                    allowed.Add(reference.Groups[1].Value, reference.Groups[2].Value switch
                    {
                        "analyzer" => ReferenceKind.Analyzer,
                        "pack" => ReferenceKind.Pack,
                        _ => ReferenceKind.Ordinary,
                    });
                }

                rows.Add(project.Groups[1].Value, new Row(cells[0].Contains("(planned)", StringComparison.Ordinal), allowed));
            }

            Assert.True(rows.Count > 0, "The project reference table of docs/architecture.md is empty");
            return rows;
        }
    }
}
