using System;
using System.Collections.Immutable;
using FlowTypes.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates;

/// <summary>Recognises <c>*.template.json</c> files and reads the templates in them.</summary>
internal static class TemplateFiles
{
    public const string Extension = ".template.json";

    public static bool IsTemplateFile(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static bool IsTemplateFile(AdditionalText text) => IsTemplateFile(text.Path);
}

/// <summary>A problem found in a template file, located on a span of the file.</summary>
internal readonly struct TemplateProblem
{
    public TemplateProblem(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public object?[] Arguments { get; }
}

/// <summary>The result of reading one template file.</summary>
internal sealed class TemplateFile
{
    public TemplateFile(JsonParseResult json, ImmutableArray<TemplateDefinition> templates, ImmutableArray<TemplateProblem> problems)
    {
        Json = json;
        Templates = templates;
        Problems = problems;
    }

    public JsonParseResult Json { get; }

    public ImmutableArray<TemplateDefinition> Templates { get; }

    /// <summary>Problems with the shape of the file (not JSON, wrong root); template rules come from <see cref="TemplateValidator"/>.</summary>
    public ImmutableArray<TemplateProblem> Problems { get; }
}
