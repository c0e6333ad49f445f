using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Flows.Emit;
using FlowTypes.Generators.Flows.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators;

/// <summary>
/// Turns every <c>*.flow.json</c> AdditionalFile into a flow descriptor and typed submission records with
/// nfmReply deserializers. Problems in the JSON itself are reported by <see cref="Flows.FlowFileAnalyzer"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FlowTypesGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Compilation-wide settings, reduced to a small equatable record (never the Compilation itself).
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratedNamespace.Read(options.GlobalOptions))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (
                HasIsExternalInit: compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is not null,
                HasNotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null,
                UseDateOnly: compilation.GetTypeByMetadataName("System.DateOnly") is not null
                    && compilation.GetTypeByMetadataName("FlowTypes.Runtime.FlowJson")?.GetMembers("TryReadDate").Length > 0)))
            .Select(static (input, _) => new GenerationSettings(
                input.Left.Left,
                input.Left.Right >= LanguageVersion.CSharp9,
                input.Left.Right.ToDisplayString(),
                input.Right.HasIsExternalInit,
                input.Right.HasNotNullWhen,
                input.Right.UseDateOnly))
            .WithTrackingName(TrackingNames.Settings);

        // Malformed flow files are reported here rather than by an analyzer: a broken file generates no types,
        // the C# that uses them then fails to compile, and the compiler skips analyzers when there are errors.
        // Fewer per-file nodes means less work for the driver on every keystroke (each node keeps a table per file).
        var flowTexts = context.AdditionalTextsProvider.Where(static text => FlowFiles.IsFlowFile(text));
        var malformed = flowTexts
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } source ? MalformedFlow.Check(text.Path, source) : null)
            .Where(static diagnostic => diagnostic is not null)
            .WithTrackingName(TrackingNames.MalformedFiles);

        context.RegisterSourceOutput(malformed, static (context, diagnostic) => context.ReportDiagnostic(MalformedFlow.ToDiagnostic(diagnostic!)));

        // One model per flow file. The JSON text is parsed once per content (shared with the analyzers).
        var flows = flowTexts
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) =>
            {
                var (text, options) = input;
                var source = text.GetText(cancellationToken);
                var document = source is null ? null : FlowFile.Read(source).Document;
                if (document is null)
                {
                    return null; // Not JSON, or not an object: FT1001 says why; nothing to generate.
                }

                var fileOptions = options.GetOptions(text);
                return FlowModelBuilder.Build(text.Path, document, FlowFiles.GetMetadata(fileOptions, "FlowId"), FlowFiles.GetMetadata(fileOptions, "FlowTypeName"), FlowFiles.GetMetadata(fileOptions, "FlowTokenPrefix"));
            })
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.FlowModels);

        // Two files that map to one type name would not compile; the later path (ordinal) is skipped and reported.
        var allFlows = flows.Collect();
        var conflicts = allFlows
            .Select(static (models, _) => FindConflicts(models))
            .WithTrackingName(TrackingNames.TypeNameConflicts);

        var outputs = flows
            .Combine(settings)
            .Combine(conflicts)
            .Select(static (input, _) => (Flow: input.Left.Left, Settings: input.Left.Right, Conflict: input.Right.FirstOrDefault(c => c.SkippedPath == input.Left.Left.FilePath)))
            .WithTrackingName(TrackingNames.FlowOutputs);

        context.RegisterSourceOutput(outputs, static (context, input) =>
        {
            if (!input.Settings.CanGenerate)
            {
                return;
            }

            if (input.Conflict is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateFlowTypeName, Location.None, input.Conflict.KeptPath, input.Conflict.SkippedPath, input.Conflict.TypeBaseName + "Flow"));
                return;
            }

            context.AddSource(input.Flow.HintName, SourceText.From(FlowEmitter.Emit(input.Flow, input.Settings), Encoding.UTF8));
        });

        // One router over all flows. Its model keeps only names and keys, so editing a label re-runs nothing here.
        var routes = flows
            .Select(static (model, _) => ToRoute(model))
            .Collect()
            .Combine(conflicts)
            .Select(static (input, _) => input.Left
                .Where(route => !input.Right.Any(c => c.SkippedPath == route.FilePath))
                .OrderBy(r => r.FilePath, System.StringComparer.Ordinal)
                .ToImmutableEquatableArray())
            .WithTrackingName(TrackingNames.Routes);

        context.RegisterSourceOutput(routes.Combine(settings), static (context, input) =>
        {
            var (routes, settings) = input;
            if (!settings.CanGenerate || routes.All(r => r.Submissions.Count == 0))
            {
                return;
            }

            foreach (var (first, second, keys) in RouterEmitter.FindAmbiguities(routes))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IndistinguishableSubmissions, Location.None, first.FileName, second.FileName, keys));
            }

            context.AddSource("FlowRouter.g.cs", SourceText.From(RouterEmitter.Emit(routes, settings), Encoding.UTF8));
        });

        var hasFlows = allFlows.Select(static (models, _) => !models.IsEmpty);
        context.RegisterSourceOutput(settings.Combine(hasFlows), static (context, input) =>
        {
            var (settings, hasFlows) = input;
            if (hasFlows && !settings.CanGenerate)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, settings.LanguageVersion));
            }

            if (hasFlows && settings.CanGenerate && !settings.HasIsExternalInit)
            {
                // netstandard2.0 / .NET Framework consumers: records with init accessors need this marker type.
                context.AddSource("FlowTypes.IsExternalInit.g.cs", SourceText.From(IsExternalInitSource, Encoding.UTF8));
            }
        });
    }

    private const string IsExternalInitSource = """
        // <auto-generated/>
        // Generated by FlowTypes: lets records with init accessors compile on targets older than .NET 5.
        namespace System.Runtime.CompilerServices
        {
            /// <summary>Reserved for the compiler (init accessors).</summary>
            internal static class IsExternalInit
            {
            }
        }

        """;

    private static ImmutableEquatableArray<TypeNameConflict> FindConflicts(ImmutableArray<FlowModel> models)
    {
        var claims = models.Select(m => new TypeNameClaim(m.TypeBaseName, m.FilePath));
        var conflicts = new List<TypeNameConflict>();
        foreach (var group in claims.GroupBy(c => c.TypeBaseName, System.StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(c => c.FilePath, System.StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                conflicts.Add(new TypeNameConflict(group.Key, ordered[0].FilePath, ordered[i].FilePath));
            }
        }

        return conflicts.ToImmutableEquatableArray();
    }

    private static RouteModel ToRoute(FlowModel flow) => new(
        flow.FilePath,
        flow.FileName,
        flow.FlowTokenPrefix,
        flow.Submissions.Select(s => new RouteSubmission(s.TypeName, s.Fields.Select(f => new RouteKey(f.JsonName, f.Required)).ToImmutableEquatableArray())).ToImmutableEquatableArray());

    private sealed record TypeNameClaim(string TypeBaseName, string FilePath);

    private sealed record TypeNameConflict(string TypeBaseName, string KeptPath, string SkippedPath);
}
