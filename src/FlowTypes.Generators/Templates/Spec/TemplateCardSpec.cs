using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>
/// One card of a carousel template: a generated class <c>ClassName</c> whose constructor takes exactly the card's values
/// (header media URL, body variables, button values), so each card is one typed argument of the builder method.
/// </summary>
internal sealed record TemplateCardSpec(
    int Index,
    string ClassName,
    string ParameterName,
    string? BodyText,
    TemplateHeaderSpec? Header,
    ImmutableEquatableArray<TemplateValueSpec> BodyParameters,
    ImmutableEquatableArray<TemplateButtonSpec> Buttons);
