using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.Tool;

/// <summary>One flow or template file of the project, with the metadata the build gives it.</summary>
internal sealed record ProjectFile(string FullPath, string RelativePath, IReadOnlyDictionary<string, string> Metadata)
{
    public bool IsFlow => FullPath.EndsWith(".flow.json", StringComparison.OrdinalIgnoreCase);

    public bool IsTemplate => FullPath.EndsWith(".template.json", StringComparison.OrdinalIgnoreCase);

    public string? Get(string name) => Metadata.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>
/// Finds the project's flow and template files exactly as the build does: it asks MSBuild for the evaluated
/// <c>AdditionalFiles</c> items (<c>dotnet msbuild -getItem:AdditionalFiles</c>), so the FlowTypes glob, excludes,
/// explicit items and their metadata (<c>FlowId</c>, <c>FlowEndpointUri</c>, ...) are the build's own.
/// </summary>
internal static class ProjectFiles
{
    public static string ResolveProject(string? project, string currentDirectory)
    {
        var path = project is null ? currentDirectory : Path.GetFullPath(project, currentDirectory);
        if (Directory.Exists(path))
        {
            var projects = Directory.GetFiles(path, "*.csproj");
            return projects.Length switch
            {
                1 => projects[0],
                0 => throw new ToolException($"no *.csproj in {path}; pass --project <path to .csproj>."),
                _ => throw new ToolException($"several *.csproj in {path}; pass --project <path to .csproj>."),
            };
        }

        return File.Exists(path) ? path : throw new ToolException($"{path}: the project does not exist.");
    }

    public static async Task<IReadOnlyList<ProjectFile>> ListAsync(string projectPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(projectPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "msbuild", projectPath, "-getItem:AdditionalFiles", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        // A caller inside a build (an Exec task, a test host) must not hand its MSBuild settings to this evaluation.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new ToolException("could not start 'dotnet msbuild'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new ToolException($"'dotnet msbuild {Path.GetFileName(projectPath)} -getItem:AdditionalFiles' failed ({process.ExitCode}): {(output + await stderr.ConfigureAwait(false)).Trim()}");
        }

        var directory = Path.GetDirectoryName(projectPath)!;
        var files = new List<ProjectFile>();
        using var document = JsonDocument.Parse(output);
        if (!document.RootElement.TryGetProperty("Items", out var items) || !items.TryGetProperty("AdditionalFiles", out var list))
        {
            return files;
        }

        foreach (var item in list.EnumerateArray())
        {
            var metadata = item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            var full = metadata["FullPath"];
            var file = new ProjectFile(full, Path.GetRelativePath(directory, full).Replace('\\', '/'), metadata);
            if (file.IsFlow || file.IsTemplate)
            {
                files.Add(file);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}
