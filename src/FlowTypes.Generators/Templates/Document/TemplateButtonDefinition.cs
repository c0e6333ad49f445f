using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>One button of the BUTTONS component, at its 0-based index among all buttons.</summary>
internal sealed class TemplateButtonDefinition
{
    public TemplateButtonDefinition(JsonObject node, int index)
    {
        Node = node;
        Index = index;
    }

    public JsonObject Node { get; }

    public int Index { get; }

    public JsonString? TypeNode { get; set; }

    /// <summary>The button type in upper case (QUICK_REPLY, URL, PHONE_NUMBER, OTP, COPY_CODE, FLOW, VOICE_CALL, ...).</summary>
    public string? Type => TypeNode?.Value?.ToUpperInvariant();

    public JsonString? TextNode { get; set; }

    public JsonString? UrlNode { get; set; }

    public ImmutableArray<TemplateVariable> UrlVariables { get; set; } = ImmutableArray<TemplateVariable>.Empty;

    public ImmutableArray<string> Examples { get; set; }

    public JsonString? FlowIdNode { get; set; }

    /// <summary>The <c>flowAction</c> property (Meta: <c>flow_action</c>) of a FLOW button, if present.</summary>
    public JsonProperty? FlowAction { get; set; }

    /// <summary>The <c>navigateScreen</c> property (Meta: <c>navigate_screen</c>) of a FLOW button, if present.</summary>
    public JsonProperty? NavigateScreen { get; set; }

    /// <summary>The <c>ttlMinutes</c> property of a VOICE_CALL button, if present.</summary>
    public JsonProperty? TtlMinutes { get; set; }

    /// <summary>The <c>country</c> property of a PHONE_NUMBER button, if present.</summary>
    public JsonProperty? Country { get; set; }

    /// <summary>The flow action in lower case: the <c>flowAction</c> value, or <c>navigate</c> (the documented default) when it is absent.</summary>
    public string FlowActionValue => FlowAction?.Value is JsonString action ? action.Value.ToLowerInvariant() : "navigate";

    public JsonString? PhoneNumberNode { get; set; }

    /// <summary>True for a URL button whose URL has a variable: a send payload must give its suffix.</summary>
    public bool IsDynamicUrl => Type == "URL" && !UrlVariables.IsDefaultOrEmpty;

    /// <summary>True when a send payload must give this button a parameter: a dynamic URL, an OTP code, a coupon code, the sections of an MPM button.</summary>
    public bool RequiresParameter => IsDynamicUrl || Type is "OTP" or "COPY_CODE" or "MPM";

    /// <summary>The <c>ButtonSubType</c> constant name for <see cref="ExpectedSubType"/>.</summary>
    public string? ExpectedSubTypeConstant => ButtonSubTypes.ConstantName(ExpectedSubType);

    /// <summary>The sub-type a send payload uses for this button, or null when the button takes no parameters.</summary>
    public string? ExpectedSubType => ButtonSubTypes.ForButton(Type, IsDynamicUrl);
}
