namespace FlowTypes.Endpoints;

/// <summary>The values of a decrypted endpoint request's <c>action</c>.</summary>
public static class FlowEndpointActions
{
    /// <summary>The health check WhatsApp sends to the endpoint; the endpoint answers it itself.</summary>
    public const string Ping = "ping";

    /// <summary>The flow was opened with <c>flow_action: data_exchange</c>: answer with the first screen and its data.</summary>
    public const string Init = "INIT";

    /// <summary>The user pressed back on a screen that declares <c>refresh_on_back</c>.</summary>
    public const string Back = "BACK";

    /// <summary>A <c>data_exchange</c> action ran on a screen (Footer, <c>on-click-action</c>, <c>on-select-action</c>, ...).</summary>
    public const string DataExchange = "data_exchange";
}
