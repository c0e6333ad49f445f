using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>A C# parameter for one template variable.</summary>
internal sealed record TemplateValueSpec(string ParameterName, string Placeholder, string? Example);
