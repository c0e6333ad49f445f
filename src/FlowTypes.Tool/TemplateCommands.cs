using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTypes.ChatApps;
using FlowTypes.Generators.Authoring;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Tool;

/// <summary>The <c>templates</c> commands.</summary>
internal static class TemplateCommands
{
    private static readonly ChatAppsJsonContext Indented = new(new JsonSerializerOptions(ChatAppsJsonContext.Default.Options)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static async Task<int> PullAsync(CommandContext context, string output)
    {
        var list = await context.Client.ListTemplatesAsync(context.CancellationToken).ConfigureAwait(false);
        var bytes = Render(list);
        var path = Path.GetFullPath(output, context.ProjectDirectory);
        var relative = Path.GetRelativePath(context.ProjectDirectory, path).Replace('\\', '/');
        var same = File.Exists(path) && (await File.ReadAllBytesAsync(path, context.CancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes);
        if (!same)
        {
            AtomicFile.Write(path, bytes);
        }

        foreach (var template in Sorted(list))
        {
            await context.Out.WriteLineAsync($"  {template.Status,-9}  {template.TemplateName} ({template.Language})").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"templates pull: {list.Templates!.Count} template(s) -> {relative} ({(same ? "unchanged" : "written")}).").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    public static async Task<int> PushAsync(CommandContext context)
    {
        var files = await ReadLocalAsync(context).ConfigureAwait(false);
        int added = 0, present = 0, refused = 0, failed = 0;

        // The build's own template checks first, as 'flows push' runs the flow checks: a file the build refuses is
        // not sent. Errors only; warnings are the build's to show. A pulled list (the Get shape) is not sent.
        var sendable = new List<(LocalTemplate Local, AddTemplateRequest Request)>();
        foreach (var local in files.Where(f => !f.Report.IsRegisteredList))
        {
            var file = local.File;
            var errors = local.Report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var diagnostic in errors)
            {
                await context.Out.WriteLineAsync(FlowCommands.Canonical(diagnostic)).ConfigureAwait(false);
            }

            if (errors.Count > 0)
            {
                refused++;
                await context.Out.WriteLineAsync($"  refused    {file.RelativePath} (FT2xxx errors; fix them first, nothing sent)").ConfigureAwait(false);
            }
            else if (local.Request is not { Name: not null, Language: not null, Category: not null, Components: not null } request)
            {
                failed++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: not an Add-shape template (name, language, category and components are required).").ConfigureAwait(false);
            }
            else
            {
                sendable.Add((local, request));
            }
        }

        var registered = sendable.Count == 0
            ? new HashSet<(string, string)>()
            : Sorted(await context.Client.ListTemplatesAsync(context.CancellationToken).ConfigureAwait(false)).Select(t => (t.TemplateName!, t.Language!)).ToHashSet();
        foreach (var (local, request) in sendable)
        {
            var file = local.File;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (registered.Contains((request.Name!, request.Language!)))
            {
                present++;
                await context.Out.WriteLineAsync($"  registered {file.RelativePath} ({request.Name}, {request.Language})").ConfigureAwait(false);
                continue;
            }

            try
            {
                await context.Client.AddTemplateAsync(request, context.CancellationToken).ConfigureAwait(false);
                added++;
                await context.Out.WriteLineAsync($"  added      {file.RelativePath} ({request.Name}, {request.Language}; PENDING until Meta reviews it)").ConfigureAwait(false);
            }
            catch (ChatAppsApiException e) when ((int)e.StatusCode is >= 400 and < 500 && !e.IsAuthenticationFailure)
            {
                failed++;
                var (line, column) = local.NamePosition;
                await context.Out.WriteLineAsync($"{file.FullPath}({line},{column}): error {(e.Error?.Code is { } code ? "8x8-" + code.ToString(CultureInfo.InvariantCulture) : "8x8")}: {e.Error?.Message ?? e.Message}").ConfigureAwait(false);
            }
        }

        await context.Out.WriteLineAsync($"templates push: {added} added, {present} already registered, {refused} refused (local errors), {failed} failed.").ConfigureAwait(false);
        return refused + failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    public static async Task<int> StatusAsync(CommandContext context)
    {
        var files = await ReadLocalAsync(context).ConfigureAwait(false);
        var list = await context.Client.ListTemplatesAsync(context.CancellationToken).ConfigureAwait(false);
        var remote = Sorted(list).ToDictionary(t => (t.TemplateName!, t.Language!));
        var rendered = Render(list);
        var findings = 0;
        foreach (var local in files)
        {
            var file = local.File;
            if (local.Report.IsRegisteredList)
            {
                var same = local.Bytes.AsSpan().SequenceEqual(rendered);
                if (!same)
                {
                    findings++;
                }

                await context.Out.WriteLineAsync(same
                    ? $"  in sync    {file.RelativePath} (registered list)"
                    : $"{file.FullPath}(1,1): warning FLOWTYPES: differs from the templates 8x8 has registered now; run 'flowtypes templates pull'.").ConfigureAwait(false);
                continue;
            }

            if (local.Request is not { Name: not null, Language: not null } request)
            {
                continue; // not an Add-shape template: the build reports what is wrong with it
            }

            var (line, column) = local.NamePosition;
            if (!remote.TryGetValue((request.Name, request.Language), out var registered))
            {
                findings++;
                await context.Out.WriteLineAsync($"{file.FullPath}({line},{column}): warning FLOWTYPES: template {request.Name} ({request.Language}) is not registered in 8x8; run 'flowtypes templates push'.").ConfigureAwait(false);
                continue;
            }

            var problems = new List<string>();
            if (Shape(request.Components) != Shape(registered.Components))
            {
                problems.Add("its content differs from the registered template");
            }

            if (!string.Equals(registered.Status, "APPROVED", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"its status in 8x8 is {registered.Status}, not APPROVED");
            }

            if (problems.Count == 0)
            {
                await context.Out.WriteLineAsync($"  in sync    {file.RelativePath} ({request.Name}, {request.Language}, APPROVED)").ConfigureAwait(false);
                continue;
            }

            findings++;
            await context.Out.WriteLineAsync($"{file.FullPath}({line},{column}): warning FLOWTYPES: template {request.Name} ({request.Language}): {string.Join("; ", problems)}.").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"templates status: {findings} finding(s).").ConfigureAwait(false);
        return findings > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The pulled file: the list response in the Get shape, templates sorted by name then language (ordinal), 2-space indent, LF, final newline.</summary>
    internal static byte[] Render(TemplateListing list)
    {
        var sorted = new TemplateListing { Templates = Sorted(list).ToArray() };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(sorted, Indented.TemplateListing);
        return [.. bytes, (byte)'\n'];
    }

    private static IEnumerable<RegisteredTemplate> Sorted(TemplateListing list) =>
        list.Templates!.OrderBy(t => t.TemplateName, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal);

    /// <summary>
    /// The project's template files, each read once: its bytes, the build's report of it (diagnostics, shape, where
    /// the templates are) and, for the Add shape, the request body it is (null when the JSON does not deserialize).
    /// </summary>
    private static async Task<List<LocalTemplate>> ReadLocalAsync(CommandContext context)
    {
        var result = new List<LocalTemplate>();
        foreach (var file in (await ProjectFiles.ListAsync(context.ProjectPath, context.CancellationToken).ConfigureAwait(false)).Where(f => f.IsTemplate))
        {
            var bytes = await File.ReadAllBytesAsync(file.FullPath, context.CancellationToken).ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(bytes);
            var report = TemplateFileReport.Read(file.FullPath, text, context.CancellationToken);
            result.Add(new LocalTemplate(file, bytes, report, report.IsRegisteredList ? null : Deserialize(text)));
        }

        return result;
    }

    private static AddTemplateRequest? Deserialize(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, ChatAppsJsonContext.Default.AddTemplateRequest);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A comparable form of components: types and formats upper-cased, texts and button targets as written.</summary>
    private static string Shape(IReadOnlyList<RegisteredTemplateComponent>? components)
    {
        var builder = new StringBuilder();
        foreach (var component in components ?? Array.Empty<RegisteredTemplateComponent>())
        {
            builder.Append(component.Type?.ToUpperInvariant()).Append('|').Append(component.Format?.ToUpperInvariant()).Append('|').Append(component.Text).Append('\n');
            foreach (var button in component.Buttons ?? Array.Empty<RegisteredTemplateButton>())
            {
                builder.Append("  ").Append(button.Type?.ToUpperInvariant()).Append('|').Append(button.Text).Append('|').Append(button.Url).Append('|').Append(button.PhoneNumber).Append('|').Append(button.FlowId).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>One template file of the project, read once.</summary>
    private sealed record LocalTemplate(ProjectFile File, byte[] Bytes, TemplateFileReport Report, AddTemplateRequest? Request)
    {
        /// <summary>The 1-based line and column of the template's name property, as the build's reader finds it.</summary>
        public (int Line, int Column) NamePosition =>
            Report.Templates.IsEmpty ? (1, 1) : (Report.Templates[0].Start.Line + 1, Report.Templates[0].Start.Character + 1);
    }
}
