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
    internal const string SpecsTrackingName = "TemplateBuilderSpecs";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var ns = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => GeneratedNamespace.Read(options.GlobalOptions));
        var hasRuntime = context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName("FlowTypes.Sending.TemplateMessage") is not null);

        var specs = context.AdditionalTextsProvider
            .Where(static text => TemplateFiles.IsTemplateFile(text))
            .Select(static (text, cancellationToken) => text.GetText(cancellationToken) is { } source
                ? TemplateBuilderSpecs.FromFile(text.Path, source).ToImmutableEquatableArray()
                : ImmutableEquatableArray<TemplateBuilderSpec>.Empty)
            .WithTrackingName(SpecsTrackingName)
            .Collect();

        context.RegisterSourceOutput(specs.Combine(ns).Combine(hasRuntime), static (context, input) =>
        {
            var ((files, ns), hasRuntime) = input;
            if (!hasRuntime)
            {
                return;
            }

            // One builder per (name, language); the first file by path wins (duplicates are the user's to resolve).
            var all = files.SelectMany(f => f)
                .OrderBy(s => s.FilePath, StringComparer.Ordinal)
                .GroupBy(s => (s.Name, s.Language))
                .Select(g => g.First())
                .GroupBy(s => (s.ClassName, s.MethodName))
                .Select(g => g.First())
                .ToList();
            if (all.Count == 0)
            {
                return;
            }

            // Two names that map to one class name (a_b, a__b): the later name is left out.
            var firstNameByClass = all.GroupBy(s => s.ClassName).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Name, StringComparer.Ordinal).First().Name);
            var kept = all.Where(s => firstNameByClass[s.ClassName] == s.Name).ToList();
            context.AddSource("FlowTypes.WhatsAppTemplates.g.cs", SourceText.From(TemplateBuilderEmitter.Emit(ns, kept), Encoding.UTF8));
        });
    }
}
