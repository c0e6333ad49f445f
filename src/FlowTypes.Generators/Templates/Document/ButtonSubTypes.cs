namespace FlowTypes.Generators.Templates.Document;

/// <summary>
/// The one map between template buttons, the <c>sub_type</c> a send payload gives them, and the runtime's
/// <c>FlowTypes.Sending.ButtonSubType</c> constants. Used by the template model, the send-code checks and the code fix.
/// </summary>
internal static class ButtonSubTypes
{
    /// <summary>The sub-type a send payload uses for a button of <paramref name="buttonType"/>, or null when it takes no parameters.</summary>
    public static string? ForButton(string? buttonType, bool isDynamicUrl) => buttonType switch
    {
        "URL" => isDynamicUrl ? "url" : null,
        "OTP" => "url",
        "QUICK_REPLY" => "quick_reply",
        "FLOW" => "flow",
        "COPY_CODE" => "copy_code",
        "VOICE_CALL" => "voice_call",
        "CATALOG" => "catalog",
        "MPM" => "mpm",
        _ => null,
    };

    /// <summary>The <c>ButtonSubType</c> constant for <paramref name="subType"/>, or null when the runtime has none.</summary>
    public static string? ConstantName(string? subType) => subType switch
    {
        "url" => "Url",
        "quick_reply" => "QuickReply",
        "flow" => "Flow",
        "copy_code" => "CopyCode",
        "voice_call" => "VoiceCall",
        "catalog" => "Catalog",
        "mpm" => "Mpm",
        _ => null,
    };
}
