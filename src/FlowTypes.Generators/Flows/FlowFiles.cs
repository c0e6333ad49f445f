using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Flows;

/// <summary>Recognises flow files and reads their per-file MSBuild metadata.</summary>
internal static class FlowFiles
{
    public const string Extension = ".flow.json";

    public static bool IsFlowFile(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static bool IsFlowFile(AdditionalText text) => IsFlowFile(text.Path);

    public static string? GetMetadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
