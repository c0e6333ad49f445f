using System;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Emit;
using FlowTypes.Generators.Templates.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators;

/// <summary>
/// Generates <c>WhatsAppTemplates.{Template}.{Language}(...)</c> builders from <c>*.template.json</c> files: the
/// parameters are exactly the template's variables and the buttons that take values, so a wrong count does not compile.
/// Templates with FT2xxx errors get no builder (<see cref="Templates.TemplateFileAnalyzer"/> reports why).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TemplateGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var ns = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => GeneratedNamespace.Read(options.GlobalOptions));
        var hasRuntime = context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName("FlowTypes.Sending.TemplateMessage") is not null);
        var settings = ns.Combine(hasRuntime).WithTrackingName(TrackingNames.TemplateSettings);

        var builders = context.AdditionalTextsProvider
            .Where(static text => TemplateFiles.IsTemplateFile(text))
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } source
                ? TemplateBuilderSpecs.FromFile(text.Path, source, cancellationToken).ToImmutableEquatableArray()
                : ImmutableEquatableArray<TemplateBuilderSpec>.Empty)
            .WithTrackingName(TrackingNames.TemplateBuilderSpecs)
            .Collect()
            .Select(static (files, cancellationToken) => TemplateBuilderSet.Choose(files, cancellationToken))
            .WithTrackingName(TrackingNames.TemplateBuilders);

        context.RegisterSourceOutput(builders.Combine(settings), static (context, input) =>
        {
            var (builders, (ns, hasRuntime)) = input;
            if (hasRuntime && builders.Count > 0)
            {
                context.AddSource("FlowTypes.WhatsAppTemplates.g.cs", SourceText.From(TemplateBuilderEmitter.Emit(ns, builders, context.CancellationToken), Encoding.UTF8));
            }
        });
    }
}
