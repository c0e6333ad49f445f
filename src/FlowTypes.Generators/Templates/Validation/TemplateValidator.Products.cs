using System.Collections.Generic;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis.Text;
using static FlowTypes.Generators.Core.Diagnostics.DiagnosticDescriptors;

namespace FlowTypes.Generators.Templates.Validation;

/// <summary>
/// The template kinds Meta documents that the 8x8 "Add WhatsApp template" reference does not list (FT2031): catalog
/// templates (CATALOG button), multi-product message templates (MPM button), single-product message templates
/// (PRODUCT header, SPM button), product card carousels (PRODUCT card headers, SPM card buttons) and limited-time
/// offers (LIMITED_TIME_OFFER component), and Meta's own rules for the catalog and product kinds (FT2032, FT2005, FT2009).
/// Sources: Meta's marketing template pages (docs/templates.md, "Catalog and product templates").
/// </summary>
internal static partial class TemplateValidator
{
    /// <summary>Meta, Single-product message templates: the body ("card body text") has at most 160 characters.</summary>
    public const int MaxSingleProductBodyLength = MaxCardBodyLength;

    /// <summary>FT2031, once per kind and template, where the kind first appears. A registered template (the Get shape) is already in 8x8: not reported.</summary>
    private static void CheckKindsBeyond8x8(TemplateDefinition template, Reporter report)
    {
        if (template.FromListResponse || template.ComponentsNode is null)
        {
            return;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        void Kind(string key, TextSpan span, string what, string documented)
        {
            if (seen.Add(key))
            {
                report(TemplateKindNotIn8x8Reference, span, what, documented);
            }
        }

        void Buttons(IEnumerable<TemplateButtonDefinition> buttons)
        {
            foreach (var button in buttons)
            {
                switch (button.Type)
                {
                    case "CATALOG":
                        Kind("CATALOG", button.TypeNode!.Span, "A CATALOG button", "catalog templates");
                        break;
                    case "MPM":
                        Kind("MPM", button.TypeNode!.Span, "An MPM button", "multi-product message templates");
                        break;
                    case "SPM":
                        Kind("SPM", button.TypeNode!.Span, "An SPM button", "single-product message and product card carousel templates");
                        break;
                }
            }
        }

        void Header(TemplateComponentDefinition? header)
        {
            if (header?.FormatNode is { } format && format.Value.ToUpperInvariant() == "PRODUCT")
            {
                Kind("PRODUCT", format.Span, "A PRODUCT header", "single-product message and product card carousel templates");
            }
        }

        foreach (var item in template.ComponentsNode.Items)
        {
            if (item is JsonObject component && component.Get("type") is JsonString type && type.Value.ToUpperInvariant() == "LIMITED_TIME_OFFER")
            {
                Kind("LIMITED_TIME_OFFER", type.Span, "A LIMITED_TIME_OFFER component", "limited-time offer templates");
            }
        }

        Header(template.Header);
        Buttons(template.Buttons);
        foreach (var card in template.Cards)
        {
            Header(card.Header);
            Buttons(card.Buttons);
        }
    }

    /// <summary>Meta's rules for catalog, multi-product and single-product templates (top-level components).</summary>
    private static void CheckProductTemplate(TemplateDefinition template, string? category, Reporter report)
    {
        TemplateButtonDefinition? spm = null, mpm = null;
        foreach (var button in template.Buttons)
        {
            if (button.Type is not ("CATALOG" or "MPM" or "SPM"))
            {
                continue;
            }

            if (category is not null && category != "MARKETING")
            {
                report(InvalidTemplateCategory, button.TypeNode!.Span, $"A {button.Type} button is only allowed in MARKETING templates (Meta: catalog and product templates are marketing templates); change the category or remove the button");
            }

            spm ??= button.Type == "SPM" ? button : null;
            mpm ??= button.Type == "MPM" ? button : null;
        }

        var header = template.Header;
        var productHeader = template.HeaderFormat == "PRODUCT" ? header!.FormatNode : null;
        if (productHeader is not null && category is not null && category != "MARKETING")
        {
            report(InvalidTemplateCategory, productHeader.Span, "A PRODUCT header is only allowed in MARKETING templates (Meta: single-product templates are marketing templates); change the category or the header");
        }

        // Single-product message templates: a PRODUCT header and an SPM ("View") button go together; the body is a card body.
        if (productHeader is not null && spm is null)
        {
            report(InvalidProductTemplate, productHeader.Span, "a PRODUCT header shows the catalog product of a single-product template, which also needs its SPM button; add {\"type\":\"SPM\",\"text\":\"View\"} to the BUTTONS or use another header format");
        }
        else if (spm is not null && productHeader is null && !template.IsCarousel)
        {
            report(InvalidProductTemplate, spm.TypeNode!.Span, "an SPM button opens the product shown in the template's PRODUCT header; add {\"type\":\"HEADER\",\"format\":\"PRODUCT\"} or remove the button");
        }

        if (productHeader is not null && template.Body?.TextNode is { } body && body.Value.Length > MaxSingleProductBodyLength && body.Value.Length <= MaxBodyLength)
        {
            report(TemplateTextTooLong, body.Span, "single-product template body", body.Value.Length, MaxSingleProductBodyLength);
        }

        // Multi-product message templates "must have ... a single header component": a TEXT header (at most one variable).
        if (mpm is not null)
        {
            if (header is null)
            {
                report(InvalidProductTemplate, mpm.TypeNode!.Span, "a multi-product (MPM) template needs a TEXT header; add {\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"...\"}");
            }
            else if (header.FormatNode is { } format && format.Value.ToUpperInvariant() != "TEXT")
            {
                report(InvalidProductTemplate, format.Span, $"the header of a multi-product (MPM) template is TEXT, not '{format.Value}' (the products' thumbnail is chosen when the message is sent)");
            }
        }
    }

    /// <summary>Meta, Product card carousel templates: a product card has "a single View button or URL button".</summary>
    private static void CheckProductCard(TemplateCardDefinition card, Reporter report)
    {
        if (card.HeaderFormat != "PRODUCT")
        {
            return;
        }

        if (card.Buttons.Length != 1)
        {
            var span = card.ButtonsComponent is { } buttons ? TypeSpan(buttons) : card.AnchorSpan;
            report(InvalidProductTemplate, span, $"card {card.Index} is a product card (PRODUCT header), which has exactly one button, SPM (\"View\") or URL, but it has {card.Buttons.Length}");
        }
        else if (card.Buttons[0] is { Type: { } type } button && type is not ("SPM" or "URL"))
        {
            report(InvalidProductTemplate, button.TypeNode!.Span, $"card {card.Index} is a product card (PRODUCT header), whose one button is SPM (\"View\") or URL, not '{button.TypeNode.Value}'");
        }
    }
}
