using FlowTypes.Sending;

namespace Mistakes;

/// <summary>Send code with the mistakes that the 8x8/Meta API would otherwise reject at run time.</summary>
public static class Sends
{
    /// <summary>The template has three body variables; only two values are sent (Meta error 132000).</summary>
    public static ChatAppsMessage MissingVariable(string msisdn) => new(
        msisdn,
        new TemplateMessage("order_update", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Jane"), TemplateParameter.Text("ORD-1001")),
            TemplateComponent.Button(0, ButtonSubType.Url, TemplateParameter.Text("ORD-1001"))));

    /// <summary>The tracking URL is button 0; button 1 is a static quick reply that takes no parameter (Meta error 100).</summary>
    public static ChatAppsMessage WrongButtonIndex(string msisdn) => new(
        msisdn,
        new TemplateMessage("order_update", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Jane"), TemplateParameter.Text("ORD-1001"), TemplateParameter.Text("Friday")),
            TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("ORD-1001"))));

    /// <summary>A flow call-to-action is at most 20 characters; WhatsApp rejects the message.</summary>
    public static ChatAppsMessage OverLengthFlowCta(string msisdn) => new(
        msisdn,
        new FlowMessage("Tell us how we did", "1234567890", "Start the satisfaction survey now"));
}
