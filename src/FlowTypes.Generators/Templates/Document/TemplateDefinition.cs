using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>
/// A template as registered with 8x8, read tolerantly from either the "Add WhatsApp template" request body
/// (<c>name</c>, flat <c>examples</c>) or one entry of the "Get WhatsApp templates" response (<c>templateName</c>,
/// <c>example</c> object). Unknown properties are ignored; every value keeps its JSON node for diagnostics.
/// </summary>
internal sealed class TemplateDefinition
{
    public TemplateDefinition(JsonObject node, bool fromListResponse)
    {
        Node = node;
        FromListResponse = fromListResponse;
    }

    public JsonObject Node { get; }

    /// <summary>True when the template came from a <c>{"templates":[...]}</c> list (already registered, examples optional).</summary>
    public bool FromListResponse { get; }

    public JsonString? NameNode { get; set; }

    public string? Name => NameNode?.Value;

    public JsonString? LanguageNode { get; set; }

    public string? Language => LanguageNode?.Value;

    public JsonString? CategoryNode { get; set; }

    public string? Category => CategoryNode?.Value?.ToUpperInvariant();

    public JsonArray? ComponentsNode { get; set; }

    public TemplateComponentDefinition? Header { get; set; }

    public TemplateComponentDefinition? Body { get; set; }

    public TemplateComponentDefinition? Footer { get; set; }

    public ImmutableArray<TemplateButtonDefinition> Buttons { get; set; } = ImmutableArray<TemplateButtonDefinition>.Empty;

    /// <summary>The BUTTONS component, if any.</summary>
    public JsonObject? ButtonsComponent { get; set; }

    /// <summary>The CAROUSEL component, if any (its cards are in <see cref="Cards"/>).</summary>
    public JsonObject? CarouselComponent { get; set; }

    /// <summary>The <c>cards</c> array of the CAROUSEL component, or null when it is missing or not an array.</summary>
    public JsonArray? CardsNode { get; set; }

    /// <summary>The cards of the CAROUSEL component that are objects, in order (<see cref="TemplateCardDefinition.Index"/> is the position in <c>cards</c>).</summary>
    public ImmutableArray<TemplateCardDefinition> Cards { get; set; } = ImmutableArray<TemplateCardDefinition>.Empty;

    /// <summary>True for a carousel template (it has a CAROUSEL component).</summary>
    public bool IsCarousel => CarouselComponent is not null;

    /// <summary>The CALL_PERMISSION_REQUEST component, if any.</summary>
    public JsonObject? CallPermissionRequest { get; set; }

    /// <summary>The approval status (<c>status</c>), present in the Get shape (<c>flowtypes templates pull</c>).</summary>
    public JsonString? StatusNode { get; set; }

    /// <summary>The approval status in upper case (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, ...), or null when the file has none.</summary>
    public string? Status => StatusNode?.Value?.Trim().ToUpperInvariant();

    /// <summary>The span a template-level diagnostic points at: the name value, else the start of the object.</summary>
    public TextSpan AnchorSpan => NameNode?.Span ?? new TextSpan(Node.Span.Start, 1);

    /// <summary>
    /// The number of body values a send payload must supply: the distinct variables of the body text, or 1 for an
    /// AUTHENTICATION body, whose preset text ("{{1}} is your verification code") has no <c>text</c> in the file.
    /// </summary>
    public int BodyVariableCount => Body is null ? 0 : Body.Text is null && Category == "AUTHENTICATION" ? 1 : Body.DistinctVariableCount;

    /// <summary>The header format in upper case (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, GIF, PRODUCT), or null without a header.</summary>
    public string? HeaderFormat => Header?.Format?.ToUpperInvariant();

    /// <summary>
    /// True when the template uses a kind Meta documents that the 8x8 "Add WhatsApp template" reference does not list:
    /// a PRODUCT header (also on a card), a CATALOG, MPM or SPM button (also on a card), or a LIMITED_TIME_OFFER component.
    /// </summary>
    public bool UsesKindsBeyond8x8Reference
    {
        get
        {
            if (HeaderFormat == "PRODUCT" || HasProductButton(Buttons))
            {
                return true;
            }

            foreach (var card in Cards)
            {
                if (card.HeaderFormat == "PRODUCT" || HasProductButton(card.Buttons))
                {
                    return true;
                }
            }

            foreach (var item in ComponentsNode?.Items ?? ImmutableArray<JsonNode>.Empty)
            {
                if (item is JsonObject component && component.GetString("type")?.ToUpperInvariant() == "LIMITED_TIME_OFFER")
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool HasProductButton(ImmutableArray<TemplateButtonDefinition> buttons)
    {
        foreach (var button in buttons)
        {
            if (button.Type is "CATALOG" or "MPM" or "SPM")
            {
                return true;
            }
        }

        return false;
    }
}
