using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Endpoints.Validation;

/// <summary>
/// Finds the <c>data_exchange</c> actions of an endpoint flow and decides which of them an endpoint can tell apart.
/// WhatsApp sends only the screen, the action (<c>data_exchange</c>) and the payload, so two actions on one screen
/// are told apart by their payloads: a key one always sends and the other never sends, or a static value that differs.
/// </summary>
internal static class ExchangeActions
{
    /// <summary>The data_exchange actions per screen, in document order; empty when the flow declares no <c>data_api_version</c>.</summary>
    public static ImmutableArray<ExchangeAction> Find(FlowDocument document)
    {
        if (document.DataApiVersion is null)
        {
            return ImmutableArray<ExchangeAction>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<ExchangeAction>();
        var seenScreens = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var screen in document.Screens)
        {
            if (screen.Id is not { Length: > 0 } id || !seenScreens.Add(id))
            {
                continue; // FT1006/FT1008 report the screen; a duplicate id cannot be addressed by the endpoint.
            }

            foreach (var action in screen.Actions)
            {
                if (action.Name != "data_exchange")
                {
                    continue;
                }

                var trigger = action.PropertyName switch
                {
                    "on-select-action" => ExchangeEvent.Select,
                    "on-unselect-action" => ExchangeEvent.Unselect,
                    _ when action.Owner.Type == "Footer" => ExchangeEvent.Submit,
                    _ => ExchangeEvent.Click,
                };
                result.Add(new ExchangeAction(screen, action, trigger, ReadKeys(screen, action)));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<ExchangeKey> ReadKeys(FlowScreen screen, FlowAction action)
    {
        var keys = ImmutableArray.CreateBuilder<ExchangeKey>();
        if (action.Payload is not { } payload)
        {
            return keys.ToImmutable();
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var property in payload.Properties)
        {
            if (property.Name == "flow_token" || !seen.Add(property.Name))
            {
                continue;
            }

            keys.Add(property.Value switch
            {
                JsonString text when !FlowExpression.IsDynamic(text.Value) => new ExchangeKey(property.Name, FlowExchangeValue.String, text.Value),
                JsonString text => new ExchangeKey(property.Name, AlwaysSent(screen, action, text.Value) ? FlowExchangeValue.Present : FlowExchangeValue.Optional, null),
                JsonNumber number => new ExchangeKey(property.Name, FlowExchangeValue.Number, number.Text),
                JsonLiteral { Kind: JsonKind.True } => new ExchangeKey(property.Name, FlowExchangeValue.True, null),
                JsonLiteral { Kind: JsonKind.False } => new ExchangeKey(property.Name, FlowExchangeValue.False, null),
                _ => new ExchangeKey(property.Name, FlowExchangeValue.Present, null), // a static object, array or null
            });
        }

        return keys.ToImmutable();
    }

    /// <summary>
    /// A form value is always sent when it is the value the action reports (the component's own select/unselect),
    /// or a required input that is always shown (the form cannot be submitted without it).
    /// </summary>
    private static bool AlwaysSent(FlowScreen screen, FlowAction action, string value)
    {
        if (FlowExpression.WholeReference(value) is not { Root: "form", Segments.Count: 2 } form)
        {
            return false; // ${data.x}, ${screen...}, computed text: may be absent or empty
        }

        var name = form.Segments[1];
        if (action.Owner.Name == name && action.PropertyName is "on-select-action" or "on-unselect-action")
        {
            return true;
        }

        return action.Owner.Type == "Footer" && screen.FindInput(name) is { Required: true, Conditional: false };
    }

    /// <summary>
    /// True when some payload could come from either action: every key one always sends may be sent by the other,
    /// and no key carries a different static value in each.
    /// </summary>
    public static bool Indistinguishable(ExchangeAction first, ExchangeAction second)
    {
        foreach (var key in first.Keys)
        {
            var other = second.Keys.FirstOrDefault(k => k.Name == key.Name);
            if (other.Name is null)
            {
                if (key.AlwaysSent)
                {
                    return false;
                }

                continue;
            }

            if (key.HasLiteral && other.HasLiteral && !key.SameLiteral(other))
            {
                return false;
            }
        }

        return !second.Keys.Any(k => k.AlwaysSent && first.Keys.All(f => f.Name != k.Name));
    }

    /// <summary>For each action that cannot be told apart from an earlier one on its screen: that earlier action.</summary>
    public static IEnumerable<(ExchangeAction Earlier, ExchangeAction Later)> Conflicts(ImmutableArray<ExchangeAction> actions)
    {
        for (var i = 0; i < actions.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(actions[j].Screen, actions[i].Screen) && Indistinguishable(actions[j], actions[i]))
                {
                    yield return (actions[j], actions[i]);
                    break;
                }
            }
        }
    }
}
