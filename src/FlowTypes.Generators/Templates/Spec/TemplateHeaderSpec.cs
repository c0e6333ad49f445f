using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>The header parameter: <c>Kind</c> is the TemplateParameter factory (Text, Image, Video, Document).</summary>
internal sealed record TemplateHeaderSpec(string Kind, string Format, TemplateValueSpec Value);
