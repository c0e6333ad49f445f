using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// One component of a template send payload: <c>header</c>, <c>body</c> or <c>button</c> with its parameters, or the
/// <c>carousel</c> of a carousel template with its cards.
/// Create instances with <see cref="Header"/>, <see cref="Body"/>, <see cref="Button"/> and <see cref="Carousel"/>.
/// </summary>
public sealed class TemplateComponent
{
    private TemplateComponent(string type, int? index, string? subType, TemplateParameter[] parameters, CarouselCard[]? cards = null)
    {
        Type = type;
        Index = index;
        SubType = subType;
        Parameters = parameters;
        Cards = cards ?? Array.Empty<CarouselCard>();
    }

    /// <summary>The component type: <c>header</c>, <c>body</c>, <c>button</c> or <c>carousel</c>.</summary>
    public string Type { get; }

    /// <summary>For a button: its 0-based position among all buttons of the template (static ones included).</summary>
    public int? Index { get; }

    /// <summary>For a button: the sub-type (<c>subType</c>), one of the <see cref="ButtonSubType"/> constants.</summary>
    public string? SubType { get; }

    /// <summary>The parameter values in placeholder order (empty for a carousel).</summary>
    public IReadOnlyList<TemplateParameter> Parameters { get; }

    /// <summary>For a carousel: the cards, each with its <see cref="CarouselCard.CardIndex"/> (empty for other components).</summary>
    public IReadOnlyList<CarouselCard> Cards { get; }

    /// <summary>The header component: the value of the header variable, or the media of a media header.</summary>
    /// <param name="parameter">A text parameter for a TEXT header; an image, video or document parameter for a media header.</param>
    /// <returns>The header component.</returns>
    public static TemplateComponent Header(TemplateParameter parameter) =>
        new("header", null, null, new[] { parameter ?? throw new ArgumentNullException(nameof(parameter)) });

    /// <summary>The body component: one value per body variable, in order (<c>{{1}}</c>, <c>{{2}}</c>, ...).</summary>
    /// <param name="parameters">The values, in placeholder order.</param>
    /// <returns>The body component.</returns>
    public static TemplateComponent Body(params TemplateParameter[] parameters) =>
        new("body", null, null, parameters ?? Array.Empty<TemplateParameter>());

    /// <summary>A button component: parameters for the template button at <paramref name="index"/>.</summary>
    /// <param name="index">The 0-based position of the button among all buttons of the template.</param>
    /// <param name="subType">The button sub-type; use a <see cref="ButtonSubType"/> constant that matches the template button.</param>
    /// <param name="parameters">The button parameters: the URL suffix for a dynamic URL button, <see cref="TemplateParameter.Action()"/> for a flow button.</param>
    /// <returns>The button component.</returns>
    public static TemplateComponent Button(int index, string subType, params TemplateParameter[] parameters)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A button index is 0-based and cannot be negative.");
        }

        return new("button", index, subType ?? throw new ArgumentNullException(nameof(subType)), parameters ?? Array.Empty<TemplateParameter>());
    }

    /// <summary>
    /// The carousel component of a carousel template: one card per card of the template, with the card's header, body and
    /// button values. A carousel send must carry exactly as many cards as the template defines.
    /// </summary>
    /// <remarks>
    /// Serialized as <c>{"type":"carousel","cards":[{"cardIndex":0,"components":[...]}]}</c>: Meta's carousel send shape
    /// in 8x8's camelCase convention. The 8x8 documentation shows no carousel send payload, so the property name
    /// <c>cardIndex</c> is unconfirmed.
    /// </remarks>
    /// <param name="cards">The cards, each created with its 0-based index in the template.</param>
    /// <returns>The carousel component.</returns>
    public static TemplateComponent Carousel(params CarouselCard[] cards)
    {
        if (cards is null)
        {
            throw new ArgumentNullException(nameof(cards));
        }

        foreach (var card in cards)
        {
            if (card is null)
            {
                throw new ArgumentException("A carousel card cannot be null.", nameof(cards));
            }
        }

        return new("carousel", null, null, Array.Empty<TemplateParameter>(), cards);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        if (Type == "carousel")
        {
            writer.WriteStartArray("cards");
            foreach (var card in Cards)
            {
                card.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            return;
        }

        if (Index is { } index)
        {
            // The 8x8 send example writes the index as a string ("index":"0").
            writer.WriteString("index", index.ToString(CultureInfo.InvariantCulture));
        }

        if (SubType is not null)
        {
            writer.WriteString("subType", SubType);
        }

        writer.WriteStartArray("parameters");
        foreach (var parameter in Parameters)
        {
            parameter.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>The button sub-types of a template button component (<c>subType</c>).</summary>
public static class ButtonSubType
{
    /// <summary><c>url</c>: a URL button with a variable suffix (also the sub-type of an AUTHENTICATION OTP button).</summary>
    public const string Url = "url";

    /// <summary><c>quick_reply</c>: a quick-reply button, with an optional payload.</summary>
    public const string QuickReply = "quick_reply";

    /// <summary><c>flow</c>: a FLOW button; the flow id is part of the template.</summary>
    public const string Flow = "flow";

    /// <summary><c>copy_code</c>: a COPY_CODE (coupon) button.</summary>
    public const string CopyCode = "copy_code";

    /// <summary><c>voice_call</c>: a VOICE_CALL button.</summary>
    public const string VoiceCall = "voice_call";

    /// <summary><c>catalog</c>: the CATALOG button of a catalog template (Meta; not in the 8x8 reference), with <see cref="TemplateParameter.CatalogAction"/>.</summary>
    public const string Catalog = "catalog";

    /// <summary><c>mpm</c>: the MPM button of a multi-product template (Meta; not in the 8x8 reference), with <see cref="TemplateParameter.ProductListAction"/>.</summary>
    public const string Mpm = "mpm";
}
