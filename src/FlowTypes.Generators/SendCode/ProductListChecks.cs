using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// FT3033: the products of a multi-product template's MPM button, <c>TemplateParameter.ProductListAction(thumbnail,
/// new ProductSection(title, ids...), ...)</c>, against Meta's limits (Multi-product message templates: up to 10
/// sections, titles of up to 24 characters, up to 30 products in all). Only constant values and visible lists are checked.
/// </summary>
internal static class ProductListChecks
{
    public static void ProductListAction(SendContext context, IInvocationOperation invocation)
    {
        var sections = Operations.Elements(Operations.Argument(invocation, "sections"));
        if (sections.IsDefault)
        {
            return;
        }

        if (sections.Length == 0)
        {
            Report(context, invocation, "an MPM button shows sections of products, but none is given; add at least one ProductSection");
            return;
        }

        for (var i = WhatsAppLimits.ProductSections; i < sections.Length; i++)
        {
            Report(context, sections[i], $"a message has at most {WhatsAppLimits.ProductSections} product sections; remove this one");
        }

        var products = 0;
        foreach (var element in sections)
        {
            if (Operations.Unwrap(element) is not IObjectCreationOperation { Type.Name: "ProductSection" } section)
            {
                return; // A section built elsewhere: its products are not visible, so the total is not known.
            }

            var ids = Operations.Elements(Operations.Argument(section, "productRetailerIds"));
            if (ids.IsDefault)
            {
                return;
            }

            foreach (var id in ids)
            {
                if (++products == WhatsAppLimits.ProductItems + 1)
                {
                    Report(context, id, $"a message has at most {WhatsAppLimits.ProductItems} products in all sections together; remove this product and the ones after it");
                }
            }
        }
    }

    public static void ProductSection(SendContext context, IObjectCreationOperation creation)
    {
        if (Operations.Argument(creation, "title") is { } title && Operations.ConstantString(title) is { } value)
        {
            if (value.Length == 0)
            {
                Report(context, title, "the section title is empty; write the title shown above the section's products");
            }
            else if (value.Length > WhatsAppLimits.ProductSectionTitle)
            {
                Report(context, title, $"the section title has {value.Length} characters, but at most {WhatsAppLimits.ProductSectionTitle} are allowed; shorten it");
            }
        }
    }

    private static void Report(SendContext context, IOperation at, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ProductListLimitExceeded, at.Syntax.GetLocation(), message));
}
