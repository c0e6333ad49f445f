using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// A section of products in the MPM button parameter of a multi-product template (<see cref="TemplateParameter.ProductListAction"/>):
/// <c>{"title":...,"productItems":[{"productRetailerId":...}]}</c>, Meta's shape in 8x8's camelCase convention (unconfirmed).
/// </summary>
public sealed class ProductSection
{
    /// <summary>At most 10 sections per message (Meta, Multi-product message templates).</summary>
    public const int MaxSections = WhatsAppLimits.ProductSections;

    /// <summary>A section title has at most 24 characters.</summary>
    public const int MaxTitleLength = WhatsAppLimits.ProductSectionTitle;

    /// <summary>At most 30 products in all sections together.</summary>
    public const int MaxProducts = WhatsAppLimits.ProductItems;

    /// <summary>Creates a section.</summary>
    /// <param name="title">The section title, at most 24 characters, no Markdown.</param>
    /// <param name="productRetailerIds">The SKUs (Content IDs) of the section's items.</param>
    public ProductSection(string title, params string[] productRetailerIds)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        ProductRetailerIds = productRetailerIds ?? throw new ArgumentNullException(nameof(productRetailerIds));
    }

    /// <summary>The section title.</summary>
    public string Title { get; }

    /// <summary>The SKUs of the section's items, in order.</summary>
    public IReadOnlyList<string> ProductRetailerIds { get; }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("title", Title);
        writer.WriteStartArray("productItems");
        foreach (var id in ProductRetailerIds)
        {
            writer.WriteStartObject();
            writer.WriteString("productRetailerId", id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
