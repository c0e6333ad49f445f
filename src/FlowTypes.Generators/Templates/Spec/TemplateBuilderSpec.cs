using FlowTypes.Generators.Core;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>One generated builder method: a template in one language. Equatable for incremental caching.</summary>
internal sealed record TemplateBuilderSpec(
    string FilePath,
    string Name,
    string Language,
    string ClassName,
    string MethodName,
    string? BodyText,
    TemplateHeaderSpec? Header,
    ImmutableEquatableArray<TemplateValueSpec> BodyParameters,
    ImmutableEquatableArray<TemplateButtonSpec> Buttons,
    ImmutableEquatableArray<TemplateCardSpec> Cards);
