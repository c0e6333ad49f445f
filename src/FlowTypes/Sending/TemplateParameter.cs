using System;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// A parameter value of a template component in the 8x8 shape: text, currency, date/time, media (<c>{type,url}</c>),
/// a quick-reply payload, a coupon code, or a flow action.
/// </summary>
public sealed class TemplateParameter
{
    private TemplateParameter(string type)
    {
        Type = type;
    }

    /// <summary>The parameter type as sent (<c>text</c>, <c>currency</c>, <c>date_time</c>, <c>image</c>, <c>video</c>, <c>document</c>, <c>payload</c>, <c>coupon_code</c>, <c>action</c>).</summary>
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
            case "action":
                if (FlowToken is not null || FlowActionData is not null)
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

                    writer.WriteEndObject();
                }

                break;
        }

        writer.WriteEndObject();
    }
}
