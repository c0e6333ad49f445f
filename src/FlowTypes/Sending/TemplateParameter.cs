using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// A parameter value of a template component in the 8x8 shape: text, currency, date/time, media (<c>{type,url}</c>),
/// a catalog product, a quick-reply payload, a coupon code, or an action (flow, catalog, multi-product).
/// </summary>
public sealed class TemplateParameter
{
    private TemplateParameter(string type)
    {
        Type = type;
    }

    /// <summary>The parameter type as sent (<c>text</c>, <c>currency</c>, <c>date_time</c>, <c>image</c>, <c>video</c>, <c>document</c>, <c>product</c>, <c>payload</c>, <c>coupon_code</c>, <c>action</c>).</summary>
    public string Type { get; }

    /// <summary>The text of a <c>text</c> parameter, the payload of a <c>payload</c> parameter, or the code of a <c>coupon_code</c> parameter.</summary>
    public string? Value { get; private set; }

    /// <summary>The media URL of an <c>image</c>, <c>video</c> or <c>document</c> parameter.</summary>
    public string? Url { get; private set; }

    /// <summary>The fallback text of a <c>currency</c> or <c>date_time</c> parameter.</summary>
    public string? FallbackValue { get; private set; }

    /// <summary>The ISO 4217 currency code of a <c>currency</c> parameter.</summary>
    public string? CurrencyCode { get; private set; }

    /// <summary>The amount multiplied by 1000 of a <c>currency</c> parameter.</summary>
    public long? Amount1000 { get; private set; }

    /// <summary>The flow token of an <c>action</c> parameter (flow button).</summary>
    public string? FlowToken { get; private set; }

    /// <summary>The initial screen and data of an <c>action</c> parameter (flow button).</summary>
    public FlowActionData? FlowActionData { get; private set; }

    /// <summary>The catalog item of a <c>product</c> parameter (single-product header, product card header).</summary>
    public string? ProductRetailerId { get; private set; }

    /// <summary>The catalog of a <c>product</c> parameter.</summary>
    public string? CatalogId { get; private set; }

    /// <summary>The item whose image is the message's thumbnail, in the <c>action</c> of a CATALOG or MPM button.</summary>
    public string? ThumbnailProductRetailerId { get; private set; }

    /// <summary>The sections of products, in the <c>action</c> of an MPM button (empty otherwise).</summary>
    public IReadOnlyList<ProductSection> Sections { get; private set; } = Array.Empty<ProductSection>();

    /// <summary>A <c>text</c> parameter: <c>{"type":"text","text":...}</c>.</summary>
    /// <param name="text">The value of the variable.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Text(string text) => new("text") { Value = text ?? throw new ArgumentNullException(nameof(text)) };

    /// <summary>
    /// A <c>currency</c> parameter: <c>{"type":"currency","currency":{"fallbackValue":...,"code":...,"amount1000":...}}</c>.
    /// The 8x8 documentation shows no currency example; this is Meta's shape in 8x8's camelCase convention.
    /// </summary>
    /// <param name="fallbackValue">The text shown where the currency cannot be localized, for example <c>$100.99</c>.</param>
    /// <param name="code">The ISO 4217 currency code, for example <c>USD</c>.</param>
    /// <param name="amount1000">The amount multiplied by 1000, for example <c>100990</c>.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Currency(string fallbackValue, string code, long amount1000) => new("currency")
    {
        FallbackValue = fallbackValue ?? throw new ArgumentNullException(nameof(fallbackValue)),
        CurrencyCode = code ?? throw new ArgumentNullException(nameof(code)),
        Amount1000 = amount1000,
    };

    /// <summary>
    /// A <c>date_time</c> parameter: <c>{"type":"date_time","dateTime":{"fallbackValue":...}}</c>.
    /// The 8x8 documentation shows no date/time example; this is Meta's shape in 8x8's camelCase convention.
    /// </summary>
    /// <param name="fallbackValue">The date/time text, for example <c>February 25, 1977</c>.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter DateTime(string fallbackValue) => new("date_time") { FallbackValue = fallbackValue ?? throw new ArgumentNullException(nameof(fallbackValue)) };

    /// <summary>An <c>image</c> header parameter: <c>{"type":"image","url":...}</c>.</summary>
    /// <param name="url">The public URL of the image (or an 8x8 uploaded-media URL).</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Image(string url) => Media("image", url);

    /// <summary>A <c>video</c> header parameter: <c>{"type":"video","url":...}</c>.</summary>
    /// <param name="url">The public URL of the video.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Video(string url) => Media("video", url);

    /// <summary>A <c>document</c> header parameter: <c>{"type":"document","url":...}</c>.</summary>
    /// <param name="url">The public URL of the document.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Document(string url) => Media("document", url);

    /// <summary>A quick-reply button <c>payload</c> parameter: <c>{"type":"payload","payload":...}</c>.</summary>
    /// <param name="payload">The payload returned in the webhook when the button is tapped.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Payload(string payload) => new("payload") { Value = payload ?? throw new ArgumentNullException(nameof(payload)) };

    /// <summary>A copy-code button parameter: <c>{"type":"coupon_code","couponCode":...}</c> (at most 15 characters).</summary>
    /// <param name="code">The coupon code.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter CouponCode(string code) => new("coupon_code") { Value = code ?? throw new ArgumentNullException(nameof(code)) };

    /// <summary>A flow button parameter with no token or data: <c>{"type":"action"}</c>, as in the 8x8 flow template example.</summary>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Action() => new("action");

    /// <summary>A flow button parameter: <c>{"type":"action","action":{"flowToken":...,"flowActionData":...}}</c>.</summary>
    /// <param name="flowToken">The token echoed back in the flow submission, or null.</param>
    /// <param name="flowActionData">The screen and data to open the flow with, or null.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Action(string? flowToken, FlowActionData? flowActionData = null) => new("action") { FlowToken = flowToken, FlowActionData = flowActionData };

    /// <summary>
    /// A <c>product</c> header parameter: the catalog item a single-product template or a product card shows,
    /// <c>{"type":"product","product":{"productRetailerId":...,"catalogId":...}}</c>. Meta's shape (Single-product message
    /// templates, Product card carousel templates) in 8x8's camelCase convention; the 8x8 reference documents neither
    /// these templates nor this parameter (unconfirmed).
    /// </summary>
    /// <param name="productRetailerId">The item's SKU (Content ID in Commerce Manager).</param>
    /// <param name="catalogId">The id of the ecommerce catalog connected to the WhatsApp Business Account.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter Product(string productRetailerId, string catalogId) => new("product")
    {
        ProductRetailerId = productRetailerId ?? throw new ArgumentNullException(nameof(productRetailerId)),
        CatalogId = catalogId ?? throw new ArgumentNullException(nameof(catalogId)),
    };

    /// <summary>
    /// The parameter of a catalog template's CATALOG button: <c>{"type":"action","action":{"thumbnailProductRetailerId":...}}</c>,
    /// or <c>{"type":"action"}</c> without a thumbnail (Meta then shows the first item of the catalog). Meta's shape (Catalog
    /// templates) in 8x8's camelCase convention (unconfirmed).
    /// </summary>
    /// <param name="thumbnailProductRetailerId">The item whose image heads the message, or null.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter CatalogAction(string? thumbnailProductRetailerId = null) => new("action") { ThumbnailProductRetailerId = thumbnailProductRetailerId };

    /// <summary>
    /// The parameter of a multi-product template's MPM button: the thumbnail item and the sections of products shown when
    /// the customer taps "View items", <c>{"type":"action","action":{"thumbnailProductRetailerId":...,"sections":[{"title":...,"productItems":[{"productRetailerId":...}]}]}}</c>.
    /// Meta allows up to 10 sections, section titles of up to 24 characters and 30 products in all (checked at compile time,
    /// FT3033). Meta's shape (Multi-product message templates) in 8x8's camelCase convention (unconfirmed).
    /// </summary>
    /// <param name="thumbnailProductRetailerId">The item whose image heads the message.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <returns>The parameter.</returns>
    public static TemplateParameter ProductListAction(string thumbnailProductRetailerId, params ProductSection[] sections) => new("action")
    {
        ThumbnailProductRetailerId = thumbnailProductRetailerId ?? throw new ArgumentNullException(nameof(thumbnailProductRetailerId)),
        Sections = sections ?? throw new ArgumentNullException(nameof(sections)),
    };

    private static TemplateParameter Media(string type, string url) => new(type) { Url = url ?? throw new ArgumentNullException(nameof(url)) };

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        switch (Type)
        {
            case "text":
                writer.WriteString("text", Value);
                break;
            case "payload":
                writer.WriteString("payload", Value);
                break;
            case "coupon_code":
                writer.WriteString("couponCode", Value);
                break;
            case "image":
            case "video":
            case "document":
                writer.WriteString("url", Url);
                break;
            case "currency":
                writer.WriteStartObject("currency");
                writer.WriteString("fallbackValue", FallbackValue);
                writer.WriteString("code", CurrencyCode);
                writer.WriteNumber("amount1000", Amount1000!.Value);
                writer.WriteEndObject();
                break;
            case "date_time":
                writer.WriteStartObject("dateTime");
                writer.WriteString("fallbackValue", FallbackValue);
                writer.WriteEndObject();
                break;
            case "product":
                writer.WriteStartObject("product");
                writer.WriteString("productRetailerId", ProductRetailerId);
                writer.WriteString("catalogId", CatalogId);
                writer.WriteEndObject();
                break;
            case "action":
                if (FlowToken is not null || FlowActionData is not null || ThumbnailProductRetailerId is not null || Sections.Count > 0)
                {
                    writer.WriteStartObject("action");
                    if (FlowToken is not null)
                    {
                        writer.WriteString("flowToken", FlowToken);
                    }

                    if (FlowActionData is not null)
                    {
                        writer.WritePropertyName("flowActionData");
                        FlowActionData.WriteTo(writer);
                    }

                    if (ThumbnailProductRetailerId is not null)
                    {
                        writer.WriteString("thumbnailProductRetailerId", ThumbnailProductRetailerId);
                    }

                    if (Sections.Count > 0)
                    {
                        writer.WriteStartArray("sections");
                        foreach (var section in Sections)
                        {
                            section.WriteTo(writer);
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                }

                break;
        }

        writer.WriteEndObject();
    }
}
