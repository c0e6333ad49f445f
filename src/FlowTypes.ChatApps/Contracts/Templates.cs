using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FlowTypes.ChatApps;

/// <summary>The body of <c>POST .../templates</c> ("Add WhatsApp template"), with the documented field names.</summary>
public sealed class AddTemplateRequest
{
    /// <summary>The template language code (<c>language</c>), for example <c>en_US</c>.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The template name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The category (<c>category</c>): AUTHENTICATION, MARKETING or UTILITY.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>The components (<c>components</c>).</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<RegisteredTemplateComponent>? Components { get; init; }

    /// <summary>Let WhatsApp assign the category (<c>allow_category_change</c>).</summary>
    [JsonPropertyName("allow_category_change")]
    public bool? AllowCategoryChange { get; init; }

    /// <summary>Custom time-to-live for delivery in seconds (<c>message_send_ttl_seconds</c>).</summary>
    [JsonPropertyName("message_send_ttl_seconds")]
    public int? MessageSendTtlSeconds { get; init; }
}

/// <summary>
/// A template component as registered (<c>HEADER</c>, <c>BODY</c>, <c>FOOTER</c>, <c>BUTTONS</c>, <c>CAROUSEL</c>, ...).
/// One type serves the Add body (flat <c>examples</c>) and the Get response (<c>example</c> object); unset properties
/// are not written.
/// </summary>
public sealed class RegisteredTemplateComponent
{
    /// <summary>The component type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The header format (<c>format</c>): Text, Image, Gif, Video, Document or Location.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>The component text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The buttons of a BUTTONS component (<c>buttons</c>).</summary>
    [JsonPropertyName("buttons")]
    public IReadOnlyList<RegisteredTemplateButton>? Buttons { get; init; }

    /// <summary>Example values in the Add shape (<c>examples</c>).</summary>
    [JsonPropertyName("examples")]
    public IReadOnlyList<string>? Examples { get; init; }

    /// <summary>Example values in the Get shape (<c>example</c>).</summary>
    [JsonPropertyName("example")]
    public TemplateExample? Example { get; init; }

    /// <summary>Security recommendation of an AUTHENTICATION body (<c>add_security_recommendation</c>).</summary>
    [JsonPropertyName("add_security_recommendation")]
    public bool? AddSecurityRecommendation { get; init; }

    /// <summary>Code expiration of an AUTHENTICATION footer (<c>code_expiration_minutes</c>).</summary>
    [JsonPropertyName("code_expiration_minutes")]
    public int? CodeExpirationMinutes { get; init; }

    /// <summary>The cards of a CAROUSEL component (<c>cards</c>).</summary>
    [JsonPropertyName("cards")]
    public IReadOnlyList<RegisteredTemplateComponent>? Cards { get; init; }
}

/// <summary>A template button as registered.</summary>
public sealed class RegisteredTemplateButton
{
    /// <summary>The button type (<c>type</c>): PHONE_NUMBER, URL, QUICK_REPLY, OTP, COPY_CODE, FLOW or VOICE_CALL.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The button text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The phone number (<c>phoneNumber</c>).</summary>
    [JsonPropertyName("phoneNumber")]
    public string? PhoneNumber { get; init; }

    /// <summary>The phone number's country (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The URL (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Example values in the Get shape (<c>example</c>).</summary>
    [JsonPropertyName("example")]
    public IReadOnlyList<string>? Example { get; init; }

    /// <summary>Example values in the Add shape (<c>examples</c>).</summary>
    [JsonPropertyName("examples")]
    public IReadOnlyList<string>? Examples { get; init; }

    /// <summary>The flow to launch (<c>flowId</c>).</summary>
    [JsonPropertyName("flowId")]
    public string? FlowId { get; init; }

    /// <summary>The flow action (<c>flowAction</c>): navigate or data_exchange.</summary>
    [JsonPropertyName("flowAction")]
    public string? FlowAction { get; init; }

    /// <summary>The first screen (<c>navigateScreen</c>).</summary>
    [JsonPropertyName("navigateScreen")]
    public string? NavigateScreen { get; init; }

    /// <summary>The time-to-live of a VOICE_CALL button in minutes (<c>ttlMinutes</c>).</summary>
    [JsonPropertyName("ttlMinutes")]
    public int? TtlMinutes { get; init; }
}

/// <summary>Example data of a registered component (<c>example</c> in the Get shape).</summary>
public sealed class TemplateExample
{
    /// <summary>Header text examples (<c>headerText</c>).</summary>
    [JsonPropertyName("headerText")]
    public IReadOnlyList<string>? HeaderText { get; init; }

    /// <summary>Body text examples (<c>bodyText</c>).</summary>
    [JsonPropertyName("bodyText")]
    public IReadOnlyList<string>? BodyText { get; init; }

    /// <summary>Header media examples (<c>headerHandle</c>).</summary>
    [JsonPropertyName("headerHandle")]
    public IReadOnlyList<string>? HeaderHandle { get; init; }
}

/// <summary>The response of <c>GET .../templates</c>.</summary>
public sealed class TemplateListing
{
    /// <summary>The registered templates (<c>templates</c>).</summary>
    [JsonPropertyName("templates")]
    public IReadOnlyList<RegisteredTemplate>? Templates { get; init; }
}

/// <summary>A registered template with its approval status.</summary>
public sealed class RegisteredTemplate
{
    /// <summary>The channel id (<c>channelId</c>).</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    /// <summary>The channel name (<c>channelName</c>).</summary>
    [JsonPropertyName("channelName")]
    public string? ChannelName { get; init; }

    /// <summary>The template name (<c>templateName</c>).</summary>
    [JsonPropertyName("templateName")]
    public string? TemplateName { get; init; }

    /// <summary>The language code (<c>language</c>).</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The language name (<c>languageName</c>).</summary>
    [JsonPropertyName("languageName")]
    public string? LanguageName { get; init; }

    /// <summary>The components (<c>components</c>).</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<RegisteredTemplateComponent>? Components { get; init; }

    /// <summary>The category (<c>category</c>).</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>The category name (<c>categoryName</c>).</summary>
    [JsonPropertyName("categoryName")]
    public string? CategoryName { get; init; }

    /// <summary>The approval status (<c>status</c>), for example APPROVED, PENDING, REJECTED, PAUSED or DISABLED.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The status name (<c>statusName</c>).</summary>
    [JsonPropertyName("statusName")]
    public string? StatusName { get; init; }

    /// <summary>When the template was created (<c>createdAt</c>, as sent).</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; init; }

    /// <summary>When the template was last updated (<c>updatedAt</c>, as sent).</summary>
    [JsonPropertyName("updatedAt")]
    public string? UpdatedAt { get; init; }
}
