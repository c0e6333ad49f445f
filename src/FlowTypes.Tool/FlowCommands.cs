using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Text;
using System.Threading.Tasks;
using FlowTypes.ChatApps;
using FlowTypes.Generators.Authoring;
using FlowTypes.Preview;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Tool;

/// <summary>The <c>flows</c> commands.</summary>
internal static class FlowCommands
{
    /// <summary>Item metadata: the flow's data endpoint URI (sent as <c>endPointUri</c> when the flow declares <c>data_api_version</c>).</summary>
    public const string EndpointUriMetadata = "FlowEndpointUri";

    /// <summary>Item metadata: the flow name in 8x8 (default: the file name without <c>.flow.json</c>).</summary>
    public const string NameMetadata = "FlowName";

    /// <summary>Item metadata: the categories, separated by <c>;</c> or <c>,</c> (default: <c>OTHER</c>).</summary>
    public const string CategoriesMetadata = "FlowCategories";

    public static async Task<int> PushAsync(CommandContext context, bool publish, bool dryRun)
    {
        var files = (await ProjectFiles.ListAsync(context.ProjectPath, context.CancellationToken).ConfigureAwait(false)).Where(f => f.IsFlow).ToList();
        var lockFile = LockFile.Load(context.ProjectDirectory);
        int created = 0, updated = 0, unchanged = 0, refused = 0, rejected = 0, failed = 0;
        var clean = new List<ProjectFile>();
        foreach (var file in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var bytes = await File.ReadAllBytesAsync(file.FullPath, context.CancellationToken).ConfigureAwait(false);
            var text = DecodeUtf8(bytes);
            // Errors only: they are why a file is refused. Warnings are the build's to show.
            var report = FlowFileReport.Read(file.FullPath, text, file.Get("FlowTypeName"), context.CancellationToken);
            var local = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var diagnostic in local)
            {
                await context.Out.WriteLineAsync(Canonical(diagnostic)).ConfigureAwait(false);
            }

            if (local.Count > 0)
            {
                refused++;
                await context.Out.WriteLineAsync($"  refused    {file.RelativePath} (FT1xxx errors; fix them first, nothing sent)").ConfigureAwait(false);
                continue;
            }

            var endpoint = EndpointUri(file, report.Outline, out var endpointWarning);
            if (endpointWarning is not null)
            {
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): warning FLOWTYPES: {endpointWarning}").ConfigureAwait(false);
            }

            var hash = LockFile.Hash(bytes, endpoint);
            var entry = lockFile.Get(file.RelativePath);
            var flowId = entry?.FlowId ?? file.Get("FlowId");
            if (entry is not null && entry.Sha256 == hash)
            {
                unchanged++;
                clean.Add(file);
                await context.Out.WriteLineAsync($"  unchanged  {file.RelativePath} ({entry.FlowId})").ConfigureAwait(false);
                continue;
            }

            if (dryRun)
            {
                await context.Out.WriteLineAsync(flowId is null ? $"  would create {file.RelativePath}" : $"  would update {file.RelativePath} ({flowId})").ConfigureAwait(false);
                continue;
            }

            var request = new FlowWriteRequest
            {
                Name = file.Get(NameMetadata) ?? Path.GetFileName(file.FullPath)[..^".flow.json".Length],
                Categories = Categories(file),
                FlowJson = text,
                EndPointUri = endpoint,
            };

            var action = flowId is null ? "created" : "updated";
            FlowWriteResult result;
            try
            {
                if (flowId is null)
                {
                    result = await context.Client.CreateFlowAsync(request, context.CancellationToken).ConfigureAwait(false);
                    flowId = result.Id!;
                    created++;
                }
                else
                {
                    result = await context.Client.UpdateFlowAsync(flowId, request, context.CancellationToken).ConfigureAwait(false);
                    updated++;
                }
            }
            catch (ChatAppsApiException e) when (e.StatusCode == HttpStatusCode.NotFound && flowId is not null)
            {
                failed++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: flow {flowId} recorded for this file does not exist in 8x8 (it was deleted remotely). To create it again, remove \"{file.RelativePath}\" from {LockFile.FileName} (and any FlowId metadata) and run 'flowtypes flows push'.").ConfigureAwait(false);
                continue;
            }
            catch (ChatAppsApiException e) when (e.StatusCode == HttpStatusCode.BadRequest && e.ValidationErrors.Count > 0)
            {
                rejected++;
                await WriteValidationErrorsAsync(context, file, e.ValidationErrors).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"  rejected   {file.RelativePath} (8x8 refused the flow JSON)").ConfigureAwait(false);
                continue;
            }
            catch (ChatAppsApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                failed++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: 8x8 refused the {(action == "created" ? "create" : "update")}: {e.Error?.Message ?? e.Message} (a published flow cannot be changed: create a new flow by removing its entry from {LockFile.FileName}, then deprecate the old one)").ConfigureAwait(false);
                continue;
            }

            var errors = result.ValidationErrors ?? Array.Empty<FlowValidationError>();
            lockFile.Set(file.RelativePath, new LockEntry(flowId, errors.Count == 0 ? hash : null));
            if (errors.Count > 0)
            {
                rejected++;
                await WriteValidationErrorsAsync(context, file, errors).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"  {action,-9}  {file.RelativePath} ({flowId}) with {errors.Count} 8x8 validation error(s)").ConfigureAwait(false);
                continue;
            }

            clean.Add(file);
            await context.Out.WriteLineAsync($"  {action,-9}  {file.RelativePath} ({flowId})").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"flows push: {files.Count} file(s): {created} created, {updated} updated, {unchanged} unchanged, {refused} refused (local errors), {rejected} with 8x8 validation errors, {failed} failed{(dryRun ? " (dry run: nothing sent)" : string.Empty)}.").ConfigureAwait(false);
        var exit = refused + rejected + failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        if (publish && !dryRun)
        {
            var published = await PublishCoreAsync(context, clean, lockFile).ConfigureAwait(false);
            exit = Math.Max(exit, published);
        }

        return exit;
    }

    public static async Task<int> StatusAsync(CommandContext context)
    {
        var files = (await ProjectFiles.ListAsync(context.ProjectPath, context.CancellationToken).ConfigureAwait(false)).Where(f => f.IsFlow).ToList();
        var lockFile = LockFile.Load(context.ProjectDirectory);
        var remote = await RemoteFlowsAsync(context).ConfigureAwait(false);
        var drift = 0;
        foreach (var file in files)
        {
            var (local, flowId) = await LocalStateAsync(context, file, lockFile).ConfigureAwait(false);
            var remoteStatus = flowId is null ? "-" : remote.TryGetValue(flowId, out var summary) ? summary.Status! : "MISSING";
            if (local != "in sync" || remoteStatus == "MISSING")
            {
                drift++;
            }

            await context.Out.WriteLineAsync($"  {local,-11}  {remoteStatus,-10}  {file.RelativePath}{(flowId is null ? string.Empty : " (" + flowId + ")")}").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"flows status: {files.Count} file(s), {files.Count - drift} in sync, {drift} not in sync.").ConfigureAwait(false);
        return drift > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    public static async Task<int> PreviewAsync(CommandContext context, string file, bool refresh)
    {
        var full = Path.GetFullPath(file, context.CurrentDirectory);
        var relative = Path.GetRelativePath(context.ProjectDirectory, full).Replace('\\', '/');
        var entry = LockFile.Load(context.ProjectDirectory).Get(relative)
            ?? throw new ToolException($"{relative}: no flow id recorded in {LockFile.FileName}; run 'flowtypes flows push' first.");
        var preview = await context.Client.GetFlowPreviewAsync(entry.FlowId, refresh, context.CancellationToken).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"{relative} ({entry.FlowId})").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"  preview: {preview.PreviewUrl}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"  expires: {preview.ExpiresAt ?? "(not given)"}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>flows preview FILE --local</c>: the page and the route picture written to <paramref name="output"/>; with
    /// <paramref name="watch"/>, served on loopback and reloaded on every save until cancelled. Needs no project and
    /// no 8x8 settings. Exit 1 when the build reports errors for the file (the page is written all the same).
    /// </summary>
    public static async Task<int> PreviewLocalAsync(ToolEnvironment environment, string file, string output, bool watch, int port, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file, environment.CurrentDirectory);
        if (!File.Exists(path))
        {
            await environment.Error.WriteLineAsync($"flowtypes: {path}: no such flow file.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (watch)
        {
            await using var server = FlowPreviewServer.Start(path, port);
            await WriteFindingsAsync(environment.Out, server.Report).ConfigureAwait(false);
            server.Reloaded += report =>
            {
                lock (environment.Out)
                {
                    environment.Out.WriteLine($"  reloaded   {Path.GetFileName(path)}: {Summary(report)}");
                }
            };
            await environment.Out.WriteLineAsync($"flows preview: serving {server.Address} (reloads on save; Ctrl+C to stop)").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }

            return ExitCodes.Success;
        }

        var report = FlowFileReport.Read(path, DecodeUtf8(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)), cancellationToken: cancellationToken);
        await WriteFindingsAsync(environment.Out, report).ConfigureAwait(false);
        var options = new FlowPreviewOptions { Completion = FlowCompletionLookup.Find(path, cancellationToken) };
        await WriteCompletionAsync(environment.Out, report, options.Completion).ConfigureAwait(false);
        var directory = Path.GetFullPath(output, environment.CurrentDirectory);
        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(path);
        name = name.EndsWith(".flow.json", StringComparison.OrdinalIgnoreCase) ? name[..^".flow.json".Length] : Path.GetFileNameWithoutExtension(name);
        var page = Path.Combine(directory, name + ".html");
        AtomicFile.Write(page, Encoding.UTF8.GetBytes(FlowPreviewRenderer.Page(report, options)));
        await environment.Out.WriteLineAsync($"  wrote      {page}").ConfigureAwait(false);
        if (FlowPreviewRenderer.Routes(report, options) is { } svg)
        {
            var routes = Path.Combine(directory, name + ".routes.svg");
            AtomicFile.Write(routes, Encoding.UTF8.GetBytes(svg));
            await environment.Out.WriteLineAsync($"  wrote      {routes}").ConfigureAwait(false);
        }

        await environment.Out.WriteLineAsync($"flows preview: {name}: {Summary(report)}.").ConfigureAwait(false);
        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static async Task WriteFindingsAsync(TextWriter output, FlowFileReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            await output.WriteLineAsync(Canonical(diagnostic)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// For a flow that finishes through its endpoint: the <c>[FlowCompletion]</c> type found in its project, or FT1071
    /// (info) as the build reports it when there is none.
    /// </summary>
    private static async Task WriteCompletionAsync(TextWriter output, FlowFileReport report, FlowCompletionLookup completion)
    {
        if (report.UntypedCompletionHints.IsEmpty)
        {
            return;
        }

        if (completion.TypeName is { } typeName)
        {
            await output.WriteLineAsync($"  completion {typeName} ([FlowCompletion] in {completion.DeclaredIn})").ConfigureAwait(false);
            return;
        }

        foreach (var hint in report.UntypedCompletionHints)
        {
            await output.WriteLineAsync(Canonical(hint)).ConfigureAwait(false);
        }
    }

    private static string Summary(FlowFileReport report) =>
        $"{report.Outline?.Screens.Length ?? 0} screen(s), {report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s), {report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warning(s)";

    public static async Task<int> PublishAsync(CommandContext context)
    {
        var files = (await ProjectFiles.ListAsync(context.ProjectPath, context.CancellationToken).ConfigureAwait(false)).Where(f => f.IsFlow).ToList();
        return await PublishCoreAsync(context, files, LockFile.Load(context.ProjectDirectory)).ConfigureAwait(false);
    }

    public static async Task<int> PullAsync(CommandContext context, string output)
    {
        var lockFile = LockFile.Load(context.ProjectDirectory);
        var recorded = lockFile.Flows.Values.Select(e => e.FlowId).ToHashSet(StringComparer.Ordinal);
        var remote = await RemoteFlowsAsync(context).ConfigureAwait(false);
        var directory = Path.GetFullPath(output, context.ProjectDirectory);
        int written = 0, skipped = 0;
        foreach (var flow in remote.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (recorded.Contains(flow.Id!))
            {
                skipped++;
                await context.Out.WriteLineAsync($"  recorded   {flow.Id} {flow.Name} (kept; the local file is the source)").ConfigureAwait(false);
                continue;
            }

            var details = await context.Client.GetFlowAsync(flow.Id!, context.CancellationToken).ConfigureAwait(false);
            if (details.FlowJsonUrl is null)
            {
                throw new ChatAppsResponseFormatException("GetFlow", "$.flowJsonUrl", "is missing");
            }

            var json = await context.Client.DownloadFlowJsonAsync(details.FlowJsonUrl, context.CancellationToken).ConfigureAwait(false);
            var path = Path.Combine(directory, Slug(flow.Name ?? flow.Id!) + ".flow.json");
            if (File.Exists(path))
            {
                path = Path.Combine(directory, Slug(flow.Name ?? flow.Id!) + "-" + flow.Id + ".flow.json");
            }

            var bytes = Encoding.UTF8.GetBytes(json);
            AtomicFile.Write(path, bytes);
            var relative = Path.GetRelativePath(context.ProjectDirectory, path).Replace('\\', '/');
            lockFile.Set(relative, new LockEntry(flow.Id!, LockFile.Hash(bytes, null)));
            written++;
            await context.Out.WriteLineAsync($"  pulled     {relative} ({flow.Id}, {details.Status})").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"flows pull: {written} written, {skipped} already recorded.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> PublishCoreAsync(CommandContext context, IReadOnlyList<ProjectFile> files, LockFile lockFile)
    {
        var remote = await RemoteFlowsAsync(context).ConfigureAwait(false);
        int published = 0, already = 0, problems = 0;
        foreach (var file in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (local, flowId) = await LocalStateAsync(context, file, lockFile).ConfigureAwait(false);
            if (flowId is null)
            {
                problems++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: not created in 8x8 yet; run 'flowtypes flows push' first.").ConfigureAwait(false);
                continue;
            }

            if (!remote.TryGetValue(flowId, out var summary))
            {
                problems++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: flow {flowId} does not exist in 8x8 (deleted remotely); remove \"{file.RelativePath}\" from {LockFile.FileName} and push again.").ConfigureAwait(false);
                continue;
            }

            if (summary.Status != "DRAFT")
            {
                already++;
                await context.Out.WriteLineAsync($"  {summary.Status!.ToLowerInvariant(),-9}  {file.RelativePath} ({flowId})").ConfigureAwait(false);
                continue;
            }

            if (local != "in sync")
            {
                problems++;
                await context.Out.WriteLineAsync($"{file.FullPath}(1,1): error FLOWTYPES: {local} since its last clean push; run 'flowtypes flows push' and fix any errors before publishing.").ConfigureAwait(false);
                continue;
            }

            await context.Client.PublishFlowAsync(flowId, context.CancellationToken).ConfigureAwait(false);
            published++;
            await context.Out.WriteLineAsync($"  published  {file.RelativePath} ({flowId})").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"flows publish: {published} published, {already} already published or deprecated, {problems} not publishable.").ConfigureAwait(false);
        return problems > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static async Task<(string State, string? FlowId)> LocalStateAsync(CommandContext context, ProjectFile file, LockFile lockFile)
    {
        var entry = lockFile.Get(file.RelativePath);
        if (entry is null)
        {
            return file.Get("FlowId") is { } metadataId ? ("changed", metadataId) : ("not created", null);
        }

        var bytes = await File.ReadAllBytesAsync(file.FullPath, context.CancellationToken).ConfigureAwait(false);
        var hash = LockFile.Hash(bytes, EndpointUri(file, outline: null, out _));
        return (entry.Sha256 == hash ? "in sync" : "changed", entry.FlowId);
    }

    private static async Task<Dictionary<string, FlowSummary>> RemoteFlowsAsync(CommandContext context)
    {
        var list = await context.Client.ListFlowsAsync(1000, context.CancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, FlowSummary>(StringComparer.Ordinal);
        foreach (var flow in list.Flows!)
        {
            result[flow.Id!] = flow;
        }

        return result;
    }

    private static async Task WriteValidationErrorsAsync(CommandContext context, ProjectFile file, IReadOnlyList<FlowValidationError> errors)
    {
        foreach (var error in errors)
        {
            var location = error.LineStart is { } line
                ? $"({line.ToString(CultureInfo.InvariantCulture)},{(error.ColumnStart ?? 1).ToString(CultureInfo.InvariantCulture)}{(error.LineEnd is { } endLine && error.ColumnEnd is { } endColumn ? "," + endLine.ToString(CultureInfo.InvariantCulture) + "," + endColumn.ToString(CultureInfo.InvariantCulture) : string.Empty)})"
                : string.Empty;
            var where = error.Pointers is { Count: > 0 } pointers && pointers[0].Path is { } path ? " at " + path : string.Empty;
            await context.Out.WriteLineAsync($"{file.FullPath}{location}: error {error.Error ?? "FLOW_JSON_ERROR"}: {error.Message} [8x8 {error.ErrorType ?? "validation"}{where}]").ConfigureAwait(false);
        }
    }

    /// <summary>MSBuild canonical form, as the compiler prints it: <c>path(line,col): error FT1002: message</c>.</summary>
    internal static string Canonical(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The endpoint URI sent with the flow: the item's metadata. The warning (a flow that declares
    /// <c>data_api_version</c> without the metadata) needs the flow's <paramref name="outline"/>, read with its check.
    /// </summary>
    private static string? EndpointUri(ProjectFile file, FlowOutline? outline, out string? warning)
    {
        var endpoint = file.Get(EndpointUriMetadata);
        warning = endpoint is null && outline?.DataApiVersion is not null
            ? $"the flow declares data_api_version (an endpoint flow) but the item has no {EndpointUriMetadata} metadata; endPointUri is not sent (list the file in the project: <AdditionalFiles Include=\"{file.RelativePath}\" {EndpointUriMetadata}=\"https://...\" />)."
            : null;
        return endpoint;
    }

    private static IReadOnlyList<string> Categories(ProjectFile file) =>
        file.Get(CategoriesMetadata) is { } categories
            ? categories.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToArray()
            : new[] { "OTHER" };

    private static string DecodeUtf8(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = builder.ToString().Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "flow" : slug;
    }
}
