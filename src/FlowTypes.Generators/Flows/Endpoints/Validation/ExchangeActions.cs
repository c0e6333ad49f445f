using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Endpoints.Validation;

/// <summary>What triggers a <c>data_exchange</c>: the Footer's submit, a component's select, unselect or click.</summary>
internal enum ExchangeEvent
{
    Submit,
    Select,
    Unselect,
    Click,
}

/// <summary>The kind of a static payload value (a literal the endpoint can match to tell actions apart).</summary>
internal enum LiteralKind
{
    None,
    String,
    Number,
    True,
    False,
}

/// <summary>
/// One key of a <c>data_exchange</c> payload as the endpoint sees it: whether the request always carries it, and its
/// static value when the flow writes one.
/// </summary>
internal readonly record struct ExchangeKey(string Name, bool AlwaysPresent, LiteralKind Literal, string LiteralText);

/// <summary>One <c>data_exchange</c> action of an endpoint flow (holds document nodes: never a pipeline output).</summary>
internal sealed class ExchangeAction
{
    public ExchangeAction(FlowScreen screen, FlowAction action, ExchangeEvent trigger, ImmutableArray<ExchangeKey> keys)
    {
        Screen = screen;
        Action = action;
        Trigger = trigger;
        Keys = keys;
    }

    public FlowScreen Screen { get; }

    public FlowAction Action { get; }

    public ExchangeEvent Trigger { get; }

    /// <summary>The payload keys in the flow's order (the first of a duplicated key; <c>flow_token</c> excluded).</summary>
    public ImmutableArray<ExchangeKey> Keys { get; }

    /// <summary>How a message names the action: "the Footer", "on-select-action of Dropdown 'x'".</summary>
    public string Description => Action.Owner.Type == "Footer"
        ? "the Footer"
        : Action.PropertyName + " of " + (Action.Owner.Type ?? "component") + (Action.Owner.Name is { } name ? " '" + name + "'" : string.Empty);
}

/// <summary>
/// Finds the <c>data_exchange</c> actions of an endpoint flow and decides which of them an endpoint can tell apart.
/// WhatsApp sends only the screen, the action (<c>data_exchange</c>) and the payload, so two actions on one screen
/// are told apart by their payloads: a key one always sends and the other never sends, or a static value that differs.
/// </summary>
internal static class ExchangeActions
{
    private static readonly Regex FormReference = new(@"^\$\{form\.([^.}]+)\}$", RegexOptions.CultureInvariant);

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
                JsonString text when !IsDynamic(text.Value) => new ExchangeKey(property.Name, true, LiteralKind.String, text.Value),
                JsonString text => new ExchangeKey(property.Name, AlwaysSent(screen, action, text.Value), LiteralKind.None, string.Empty),
                JsonNumber number => new ExchangeKey(property.Name, true, LiteralKind.Number, number.Text),
                JsonLiteral { Kind: JsonKind.True } => new ExchangeKey(property.Name, true, LiteralKind.True, "true"),
                JsonLiteral { Kind: JsonKind.False } => new ExchangeKey(property.Name, true, LiteralKind.False, "false"),
                _ => new ExchangeKey(property.Name, true, LiteralKind.None, string.Empty), // a static object, array or null
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
        var form = FormReference.Match(value);
        if (!form.Success)
        {
            return false; // ${data.x}, ${screen...}, computed text: may be absent or empty
        }

        var name = form.Groups[1].Value;
        if (action.Owner.Name == name && action.PropertyName is "on-select-action" or "on-unselect-action")
        {
            return true;
        }

        return action.Owner.Type == "Footer" && screen.FindInput(name) is { Required: true, Conditional: false };
    }

    private static bool IsDynamic(string value) =>
        value.IndexOf("${", System.StringComparison.Ordinal) >= 0 || value.StartsWith("`", System.StringComparison.Ordinal);

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
                if (key.AlwaysPresent)
                {
                    return false;
                }

                continue;
            }

            if (key.Literal != LiteralKind.None && other.Literal != LiteralKind.None && (key.Literal != other.Literal || key.LiteralText != other.LiteralText))
            {
                return false;
            }
        }

        return !second.Keys.Any(k => k.AlwaysPresent && first.Keys.All(f => f.Name != k.Name));
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
