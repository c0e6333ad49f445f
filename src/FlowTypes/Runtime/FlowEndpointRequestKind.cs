using System;
using System.ComponentModel;
using FlowTypes.Endpoints;

namespace FlowTypes.Runtime;

/// <summary>
/// One kind of request a flow sends to its endpoint, as a row of a generated request table: <c>INIT</c>, <c>BACK</c>
/// from a screen, or one <c>data_exchange</c> action of a screen with the payload keys that tell it apart from the
/// screen's other actions. Not intended to be used directly: the members may change between versions together with
/// the generator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FlowEndpointRequestKind
{
    private static readonly FlowExchangeKey[] NoKeys = new FlowExchangeKey[0];

    /// <summary>Describes a kind of request. Called by generated code.</summary>
    /// <param name="action"><c>INIT</c>, <c>BACK</c> or <c>data_exchange</c>.</param>
    /// <param name="screen">The screen the request comes from; null for <c>INIT</c>.</param>
    /// <param name="keys">
    /// For a <c>data_exchange</c> on a screen with several: its payload keys (the keys of the screen's other actions
    /// that it does not list must be absent). A screen's only <c>data_exchange</c> takes any data, and needs none.
    /// </param>
    public FlowEndpointRequestKind(string action, string? screen, FlowExchangeKey[]? keys = null)
    {
        if (action is not (FlowEndpointActions.Init or FlowEndpointActions.Back or FlowEndpointActions.DataExchange))
        {
            throw new ArgumentException($"'{action}' is not a request a flow sends to its endpoint (INIT, BACK, data_exchange).", nameof(action));
        }

        if ((screen is null) != (action == FlowEndpointActions.Init))
        {
            throw new ArgumentException(action == FlowEndpointActions.Init ? "INIT comes from no screen." : $"A {action} request comes from a screen.", nameof(screen));
        }

        if (keys is { Length: > 0 } && action != FlowEndpointActions.DataExchange)
        {
            throw new ArgumentException("Only a data_exchange has payload keys.", nameof(keys));
        }

        Action = action;
        Screen = screen;
        Keys = keys ?? NoKeys;
    }

    /// <summary><c>INIT</c>, <c>BACK</c> or <c>data_exchange</c>.</summary>
    public string Action { get; }

    /// <summary>The screen the request comes from; null for <c>INIT</c>.</summary>
    public string? Screen { get; }

    /// <summary>The payload keys of a <c>data_exchange</c> that shares its screen with others; empty otherwise.</summary>
    public FlowExchangeKey[] Keys { get; }
}
