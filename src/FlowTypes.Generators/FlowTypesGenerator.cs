using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Flows.Completions.Emit;
using FlowTypes.Generators.Flows.Completions.Spec;
using FlowTypes.Generators.Flows.Emit;
using FlowTypes.Generators.Flows.Endpoints.Emit;
using FlowTypes.Generators.Flows.Endpoints.Spec;
using FlowTypes.Generators.Flows.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
                    && compilation.GetTypeByMetadataName("FlowTypes.Runtime.FlowPayloadValues")?.GetMembers("Date").Length > 0,
                HasRequiredMembers: compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RequiredMemberAttribute") is not null
                    && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute") is not null)))
            .Select(static (input, _) => new GenerationSettings(
                input.Left.Left,
                input.Left.Right >= LanguageVersion.CSharp9,
                input.Left.Right.ToDisplayString(),
                input.Right.HasIsExternalInit,
                input.Right.HasNotNullWhen,
                input.Right.UseDateOnly,
                UseRequiredMembers: input.Left.Right >= LanguageVersion.CSharp11 && input.Right.HasRequiredMembers,
                UseRecordStructs: input.Left.Right >= LanguageVersion.CSharp10))
            .WithTrackingName(TrackingNames.Settings);

        // Malformed flow files are reported here rather than by an analyzer: a broken file generates no types,
        // the C# that uses them then fails to compile, and the compiler skips analyzers when there are errors.
        // Fewer per-file nodes means less work for the driver on every keystroke (each node keeps a table per file).
        var flowTexts = context.AdditionalTextsProvider.Where(static text => FlowFiles.IsFlowFile(text));
        var malformed = flowTexts
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } source ? MalformedFlow.Check(text.Path, source, cancellationToken) : null)
            .Where(static diagnostic => diagnostic is not null)
            .WithTrackingName(TrackingNames.MalformedFiles);

        context.RegisterSourceOutput(malformed, static (context, diagnostic) => context.ReportDiagnostic(diagnostic!.ToDiagnostic()));

        // One spec per flow file. The JSON text is parsed once per content (shared with the analyzers).
        var specs = flowTexts
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) =>
            {
                var (text, options) = input;
                var source = text.GetText(cancellationToken);
                var document = source is null ? null : FlowFile.Read(source, cancellationToken).Document;
                if (document is null)
                {
                    return null; // Not JSON, or not an object: FT1001 says why; nothing to generate.
                }

                var fileOptions = options.GetOptions(text);
                var spec = FlowModelBuilder.Build(text.Path, source!, document, FlowFiles.GetMetadata(fileOptions, "FlowId"), FlowFiles.GetMetadata(fileOptions, "FlowTypeName"), FlowFiles.GetMetadata(fileOptions, "FlowTokenPrefix"), cancellationToken);

                // A flow that declares data_api_version also gets its endpoint model, from the same document and model,
                // and the places of the screens that finish through the endpoint (FT1071 until a [FlowCompletion] names it).
                return document.DataApiVersion is null ? spec : spec with
                {
                    Endpoint = EndpointModelBuilder.Build(document, spec.Model),
                    EndpointFinishSites = EndpointFinishes.Find(document)
                        .Select(a => EndpointFinishSite.Of(a, text.Path, source!))
                        .ToImmutableEquatableArray(),
                };
            })
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.FlowSpecs);

        // The model alone: an edit that only moves text (its places change) leaves it equal, so nothing is re-emitted.
        var flows = specs
            .Select(static (spec, _) => spec.Model)
            .WithTrackingName(TrackingNames.FlowModels);

        // [FlowCompletion] types: what a flow that finishes through its endpoint completes with. The model is read from
        // the symbol once per declaration (value-equatable; a type the generator cannot complete yields null, and
        // CompletionDeclarationAnalyzer says why), sorted so that the set compares equal across edits elsewhere.
        var completions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CompletionDeclarationReader.AttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => context.TargetSymbol is INamedTypeSymbol type
                    ? CompletionDeclarationReader.Read(type, context.Attributes[0], problems: null, cancellationToken)
                    : null)
            .Where(static declaration => declaration is not null)
            .Select(static (declaration, _) => declaration!)
            .WithTrackingName(TrackingNames.CompletionDeclarations);
        var completionSet = completions
            .Collect()
            .Select(static (declarations, _) => declarations.OrderBy(d => d.QualifiedName, System.StringComparer.Ordinal).ToImmutableEquatableArray())
            .WithTrackingName(TrackingNames.CompletionSet);

        context.RegisterSourceOutput(completions.Combine(settings).WithTrackingName(TrackingNames.CompletionOutputs), static (context, input) =>
        {
            if (input.Right.CanGenerate)
            {
                context.AddSource(input.Left.HintName, SourceText.From(CompletionEmitter.Emit(input.Left, input.Right), Encoding.UTF8));
            }
        });

        // The flows together: type-name conflicts (FT9002), the router's model and its ambiguities (FT9003), the
        // completions declared for them and the flows that finish through their endpoint without one (FT1071).
        var flowSet = specs
            .Collect()
            .Combine(completionSet)
            .Select(static (input, cancellationToken) => FlowSetAnalysis.Analyze(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FlowSet);
        var skipped = flowSet.Select(static (set, _) => set.SkippedPaths).WithTrackingName(TrackingNames.TypeNameConflicts);
        var routes = flowSet.Select(static (set, _) => set.Routes).WithTrackingName(TrackingNames.Routes);
        var setDiagnostics = flowSet.Select(static (set, _) => set.Diagnostics).WithTrackingName(TrackingNames.FlowSetDiagnostics);

        var outputs = flows
            .Combine(settings)
            .Combine(skipped)
            .Select(static (input, _) => (Flow: input.Left.Left, Settings: input.Left.Right, Skipped: input.Right.Contains(input.Left.Left.FilePath)))
            .WithTrackingName(TrackingNames.FlowOutputs);

        context.RegisterSourceOutput(outputs, static (context, input) =>
        {
            if (input.Settings.CanGenerate && !input.Skipped)
            {
                context.AddSource(input.Flow.HintName, SourceText.From(FlowEmitter.Emit(input.Flow, input.Settings, context.CancellationToken), Encoding.UTF8));
                if (input.Flow.Submissions.Count > 0)
                {
                    context.AddSource(ReaderEmitter.ReaderHintName(input.Flow.HintName), SourceText.From(ReaderEmitter.Emit(input.Flow, input.Settings, context.CancellationToken), Encoding.UTF8));
                }
            }
        });

        // One endpoint handler per flow that declares data_api_version (its own hint file). Its model is built with
        // the flow's spec (one build per flow file); a flow without an endpoint yields null here and generates nothing.
        var endpoints = specs
            .Select(static (spec, _) => spec.Endpoint)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.EndpointModels)
            .Combine(completionSet)
            .Select(static (input, _) => EndpointCompletions.Apply(input.Left, input.Right))
            .WithTrackingName(TrackingNames.TypedEndpoints);

        var endpointOutputs = endpoints
            .Combine(settings)
            .Combine(skipped)
            .Select(static (input, _) => (Endpoint: input.Left.Left, Settings: input.Left.Right, Skipped: input.Right.Contains(input.Left.Left.FilePath)))
            .WithTrackingName(TrackingNames.EndpointOutputs);

        context.RegisterSourceOutput(endpointOutputs, static (context, input) =>
        {
            if (input.Settings.CanGenerate && !input.Skipped)
            {
                context.AddSource(input.Endpoint.HintName, SourceText.From(EndpointEmitter.Emit(input.Endpoint, input.Settings, context.CancellationToken), Encoding.UTF8));
                if (EndpointEmitter.EmitReaders(input.Endpoint, input.Settings, context.CancellationToken) is { } readers)
                {
                    context.AddSource(ReaderEmitter.ReaderHintName(input.Endpoint.HintName), SourceText.From(readers, Encoding.UTF8));
                }
            }
        });

        // One router over all flows. Its model keeps only names and keys, so editing a label re-runs nothing here.
        context.RegisterSourceOutput(routes.Combine(settings), static (context, input) =>
        {
            var (routes, settings) = input;
            if (settings.CanGenerate && routes.Any(r => r.Submissions.Count > 0))
            {
                context.AddSource("FlowRouter.g.cs", SourceText.From(RouterEmitter.Emit(routes, settings, context.CancellationToken), Encoding.UTF8));
            }
        });

        context.RegisterSourceOutput(setDiagnostics.Combine(settings), static (context, input) =>
        {
            var (diagnostics, settings) = input;
            if (settings.CanGenerate)
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }
        });

        var hasFlows = flows.Collect().Select(static (models, _) => !models.IsEmpty);
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
}
