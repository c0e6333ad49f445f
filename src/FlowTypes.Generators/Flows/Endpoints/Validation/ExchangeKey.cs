using FlowTypes.Generators.Core.Shared;

namespace FlowTypes.Generators.Flows.Endpoints.Validation;

/// <summary>
/// One key of a <c>data_exchange</c> payload as the endpoint sees it: whether every request carries it and, when the
/// flow writes one, its static value (<see cref="Literal"/>: the string, or the number as written).
/// </summary>
internal readonly record struct ExchangeKey(string Name, FlowExchangeValue Value, string? Literal)
{
    /// <summary>True when every request of the action carries the key.</summary>
    public bool AlwaysSent => Value != FlowExchangeValue.Optional;

    /// <summary>True when the flow writes a static value for the key.</summary>
    public bool HasLiteral => Value is FlowExchangeValue.String or FlowExchangeValue.Number or FlowExchangeValue.True or FlowExchangeValue.False;

    /// <summary>True when both keys have a static value and it is the same (numbers by value: the endpoint compares them so).</summary>
    public bool SameLiteral(ExchangeKey other)
    {
        if (!HasLiteral || Value != other.Value)
        {
            return false;
        }

        return Value == FlowExchangeValue.Number
            && decimal.TryParse(Literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && decimal.TryParse(other.Literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var otherNumber)
                ? number == otherNumber
                : Literal == other.Literal;
    }
}
