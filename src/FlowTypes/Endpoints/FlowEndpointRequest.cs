using System;

namespace FlowTypes.Endpoints;

/// <summary>
/// The decrypted body of a request WhatsApp sends to a flow's endpoint (<c>INIT</c>, <c>BACK</c> or
/// <c>data_exchange</c>), before its <c>data</c> is read into a flow's typed request.
/// </summary>
public sealed class FlowEndpointRequest
{
    /// <summary>Creates a request from its decrypted fields.</summary>
    /// <param name="version">The protocol version (<c>"3.0"</c>).</param>
    /// <param name="action"><c>INIT</c>, <c>BACK</c>, <c>data_exchange</c> (or <c>ping</c>, which the endpoint answers itself).</param>
    /// <param name="screen">The screen the request comes from; absent for <c>INIT</c> and <c>ping</c>.</param>
    /// <param name="flowToken">The <c>flow_token</c> the business sent with the flow.</param>
    /// <param name="data">The UTF-8 JSON of the request's <c>data</c> object; empty when the request has none.</param>
    public FlowEndpointRequest(string version, string action, string? screen, string? flowToken, ReadOnlyMemory<byte> data)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Action = action ?? throw new ArgumentNullException(nameof(action));
        Screen = screen;
        FlowToken = flowToken;
        Data = data;
    }

    /// <summary>The protocol version (<c>"3.0"</c>).</summary>
    public string Version { get; }

    /// <summary><c>INIT</c>, <c>BACK</c>, <c>data_exchange</c> or <c>ping</c>.</summary>
    public string Action { get; }

    /// <summary>The screen the request comes from; absent for <c>INIT</c> and <c>ping</c>.</summary>
    public string? Screen { get; }

    /// <summary>The <c>flow_token</c> the business sent with the flow.</summary>
    public string? FlowToken { get; }

    /// <summary>The UTF-8 JSON of the request's <c>data</c> object; empty when the request has none.</summary>
    public ReadOnlyMemory<byte> Data { get; }
}
