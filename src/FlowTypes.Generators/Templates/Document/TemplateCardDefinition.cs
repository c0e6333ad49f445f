using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>
/// One card of a CAROUSEL component in Meta's shape, <c>{"components":[HEADER, BODY, BUTTONS]}</c>. The 8x8 reference
/// lists the card's components (HEADER with format Image or Video, BODY, BUTTONS) without showing the wrapper.
/// </summary>
internal sealed class TemplateCardDefinition
{
    public TemplateCardDefinition(JsonObject node, int index)
    {
        Node = node;
        Index = index;
    }

    public JsonObject Node { get; }

    /// <summary>The 0-based position of the card in <c>cards</c> (the <c>cardIndex</c> a send payload uses).</summary>
    public int Index { get; }

    /// <summary>The card's <c>components</c> array, or null.</summary>
    public JsonArray? ComponentsNode { get; set; }

    public TemplateComponentDefinition? Header { get; set; }

    public TemplateComponentDefinition? Body { get; set; }

    /// <summary>The card's BUTTONS component, if any.</summary>
    public JsonObject? ButtonsComponent { get; set; }

    /// <summary>The card's buttons; <see cref="TemplateButtonDefinition.Index"/> is the position among this card's buttons.</summary>
    public ImmutableArray<TemplateButtonDefinition> Buttons { get; set; } = ImmutableArray<TemplateButtonDefinition>.Empty;

    /// <summary>The card header format in upper case (IMAGE or VIDEO when valid), or null without a header.</summary>
    public string? HeaderFormat => Header?.Format?.ToUpperInvariant();

    /// <summary>The span a card-level diagnostic points at: the opening brace of the card.</summary>
    public TextSpan AnchorSpan => new(Node.Span.Start, 1);
}
