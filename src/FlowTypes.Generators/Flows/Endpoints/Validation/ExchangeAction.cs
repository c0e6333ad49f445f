using System.Collections.Immutable;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Endpoints.Validation;

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
