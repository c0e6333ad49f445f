using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// One card of a carousel send (<see cref="TemplateComponent.Carousel"/>): the card's index in the template and the values
/// for that card's header (image or video), body variables and buttons.
/// </summary>
/// <remarks>
/// Serialized as <c>{"cardIndex":0,"components":[...]}</c>, following Meta's <c>card_index</c> in 8x8's camelCase
/// convention; the 8x8 documentation shows no carousel send payload (unconfirmed).
/// </remarks>
public sealed class CarouselCard
{
    /// <summary>Creates a card.</summary>
    /// <param name="cardIndex">The 0-based position of the card in the template's <c>cards</c>.</param>
    /// <param name="components">The card's header, body and button components (<see cref="TemplateComponent.Header"/>, <see cref="TemplateComponent.Body"/>, <see cref="TemplateComponent.Button"/>).</param>
    public CarouselCard(int cardIndex, params TemplateComponent[] components)
    {
        if (cardIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cardIndex), cardIndex, "A card index is 0-based and cannot be negative.");
        }

        if (components is null)
        {
            throw new ArgumentNullException(nameof(components));
        }

        foreach (var component in components)
        {
            if (component is null)
            {
                throw new ArgumentException("A card component cannot be null.", nameof(components));
            }

            if (component.Type == "carousel")
            {
                throw new ArgumentException("A card holds header, body and button components, not another carousel.", nameof(components));
            }
        }

        CardIndex = cardIndex;
        Components = components;
    }

    /// <summary>The 0-based position of the card in the template (<c>cardIndex</c>).</summary>
    public int CardIndex { get; }

    /// <summary>The card's components with parameter values (<c>components</c>).</summary>
    public IReadOnlyList<TemplateComponent> Components { get; }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("cardIndex", CardIndex);
        writer.WriteStartArray("components");
        foreach (var component in Components)
        {
            component.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
