using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>Template file (FT2xxx) and template send-payload (FT3xxx) diagnostics.</summary>
internal static partial class DiagnosticDescriptors
{
    public const string TemplateCategory = "FlowTypes.Template";
    public const string SendCategory = "FlowTypes.Send";

    public const string MalformedTemplateFileId = "FT2001";
    public const string MissingTemplatePropertyId = "FT2002";
    public const string InvalidTemplateNameId = "FT2003";
    public const string InvalidTemplateLanguageId = "FT2004";
    public const string InvalidTemplateCategoryId = "FT2005";
    public const string InvalidTemplateComponentId = "FT2006";
    public const string MissingTemplateBodyId = "FT2007";
    public const string InvalidTemplateHeaderId = "FT2008";
    public const string TemplateTextTooLongId = "FT2009";
    public const string InvalidTemplateVariablesId = "FT2010";
    public const string VariableAtBodyEdgeId = "FT2011";
    public const string TemplateExampleCountMismatchId = "FT2012";
    public const string FooterHasVariablesId = "FT2013";
    public const string TooManyTemplateButtonsId = "FT2014";
    public const string QuickReplyButtonsNotGroupedId = "FT2015";
    public const string InvalidButtonTextId = "FT2016";
    public const string ButtonTextLongerThan20Id = "FT2017";
    public const string InvalidUrlButtonId = "FT2018";
    public const string ButtonMissingPropertyId = "FT2019";
    public const string UnknownButtonTypeId = "FT2020";
    public const string InvalidCarouselId = "FT2021";
    public const string InvalidCarouselCardId = "FT2022";
    public const string CarouselCardsDifferId = "FT2023";
    public const string AuthenticationOnlyPropertyId = "FT2024";
    public const string InvalidVoiceCallButtonId = "FT2025";
    public const string InvalidFlowButtonActionId = "FT2026";
    public const string NavigateScreenIgnoredId = "FT2027";
    public const string UnknownNavigateScreenId = "FT2028";
    public const string InvalidTemplateSettingId = "FT2029";
    public const string InvalidButtonCountryId = "FT2030";
    public const string TemplateKindNotIn8x8ReferenceId = "FT2031";
    public const string InvalidProductTemplateId = "FT2032";
    public const string UnknownTemplateId = "FT3001";
    public const string MissingBodyParametersId = "FT3002";
    public const string ExtraBodyParameterId = "FT3003";
    public const string HeaderParameterMismatchId = "FT3004";
    public const string InvalidButtonIndexId = "FT3005";
    public const string WrongButtonSubTypeId = "FT3006";
    public const string MissingButtonParameterId = "FT3007";
    public const string InteractiveLimitExceededId = "FT3008";
    public const string DuplicateInteractiveIdId = "FT3009";
    public const string MissingHeaderParameterId = "FT3010";
    public const string UnknownFlowIdId = "FT3011";
    public const string UnknownFlowScreenId = "FT3012";
    public const string CarouselCardsMismatchId = "FT3030";
    public const string CarouselCardParameterMismatchId = "FT3031";
    public const string InvalidDirectSendSampleId = "FT3032";
    public const string ProductListLimitExceededId = "FT3033";
    public const string TemplateNotSendableId = "FT3013";
    public const string TemplateNotApprovedYetId = "FT3014";

    /// <summary>FT2001: Template file is not valid JSON or not a template.</summary>
    public static readonly DiagnosticDescriptor MalformedTemplateFile = new(
        MalformedTemplateFileId,
        "Template file is not valid JSON or not a template",
        "The template file is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MalformedTemplateFileId + ".md");

    /// <summary>FT2002: Template is missing a required property.</summary>
    public static readonly DiagnosticDescriptor MissingTemplateProperty = new(
        MissingTemplatePropertyId,
        "Template is missing a required property",
        "The template has no '{0}'; add it ({1})",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingTemplatePropertyId + ".md");

    /// <summary>FT2003: Template name is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateName = new(
        InvalidTemplateNameId,
        "Template name is not valid",
        "Template name '{0}' is not valid: {1}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateNameId + ".md");

    /// <summary>FT2004: Template language code looks wrong.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateLanguage = new(
        InvalidTemplateLanguageId,
        "Template language code looks wrong",
        "Language code '{0}' is not a WhatsApp language code such as 'en', 'en_US' or 'pt_BR'; use the code the template is registered with",
        TemplateCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateLanguageId + ".md");

    /// <summary>FT2005: Template category is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateCategory = new(
        InvalidTemplateCategoryId,
        "Template category is not valid",
        "Not allowed by the template category: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateCategoryId + ".md");

    /// <summary>FT2006: Template component is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateComponent = new(
        InvalidTemplateComponentId,
        "Template component is not valid",
        "Template component is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateComponentId + ".md");

    /// <summary>FT2007: Template has no BODY component.</summary>
    public static readonly DiagnosticDescriptor MissingTemplateBody = new(
        MissingTemplateBodyId,
        "Template has no BODY component",
        "The template '{0}' has no BODY component; add exactly one {{\"type\":\"BODY\",\"text\":...}}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingTemplateBodyId + ".md");

    /// <summary>FT2008: Template header is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateHeader = new(
        InvalidTemplateHeaderId,
        "Template header is not valid",
        "Template header is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateHeaderId + ".md");

    /// <summary>FT2009: Template text is too long.</summary>
    public static readonly DiagnosticDescriptor TemplateTextTooLong = new(
        TemplateTextTooLongId,
        "Template text is too long",
        "The {0} text has {1} characters; shorten it to at most {2}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TemplateTextTooLongId + ".md");

    /// <summary>FT2010: Template variables are not numbered correctly.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateVariables = new(
        InvalidTemplateVariablesId,
        "Template variables are not numbered correctly",
        "Template variables are not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateVariablesId + ".md");

    /// <summary>FT2011: Template body starts or ends with a variable.</summary>
    public static readonly DiagnosticDescriptor VariableAtBodyEdge = new(
        VariableAtBodyEdgeId,
        "Template body starts or ends with a variable",
        "The body {0} with the variable '{{{{{1}}}}}'; add fixed text {2} it (Meta rejects this, subcode 2388299)",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + VariableAtBodyEdgeId + ".md");

    /// <summary>FT2012: Template examples do not match the variables.</summary>
    public static readonly DiagnosticDescriptor TemplateExampleCountMismatch = new(
        TemplateExampleCountMismatchId,
        "Template examples do not match the variables",
        "The {0} has {1} variable(s) but {2} example value(s); give exactly one example per variable",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TemplateExampleCountMismatchId + ".md");

    /// <summary>FT2013: Template footer has variables.</summary>
    public static readonly DiagnosticDescriptor FooterHasVariables = new(
        FooterHasVariablesId,
        "Template footer has variables",
        "The footer cannot contain variables ('{0}'); write fixed text",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + FooterHasVariablesId + ".md");

    /// <summary>FT2014: Template has too many buttons.</summary>
    public static readonly DiagnosticDescriptor TooManyTemplateButtons = new(
        TooManyTemplateButtonsId,
        "Template has too many buttons",
        "Too many template buttons: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyTemplateButtonsId + ".md");

    /// <summary>FT2015: Quick-reply buttons are not grouped.</summary>
    public static readonly DiagnosticDescriptor QuickReplyButtonsNotGrouped = new(
        QuickReplyButtonsNotGroupedId,
        "Quick-reply buttons are not grouped",
        "The {0} button at index {1} splits a group: QUICK_REPLY buttons and the other buttons must each form one contiguous group (for example QR, QR, URL or URL, QR, QR); reorder the buttons",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + QuickReplyButtonsNotGroupedId + ".md");

    /// <summary>FT2016: Button text is empty or longer than 25 characters.</summary>
    public static readonly DiagnosticDescriptor InvalidButtonText = new(
        InvalidButtonTextId,
        "Button text is empty or longer than 25 characters",
        "Button text is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidButtonTextId + ".md");

    /// <summary>FT2017: Button text is longer than 20 characters.</summary>
    public static readonly DiagnosticDescriptor ButtonTextLongerThan20 = new(
        ButtonTextLongerThan20Id,
        "Button text is longer than 20 characters",
        "Button text '{0}' has {1} characters; the 8x8 template API allows at most 20 (Meta allows 25), shorten it",
        TemplateCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ButtonTextLongerThan20Id + ".md");

    /// <summary>FT2018: URL button is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidUrlButton = new(
        InvalidUrlButtonId,
        "URL button is not valid",
        "URL button is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidUrlButtonId + ".md");

    /// <summary>FT2019: Button is missing a required property.</summary>
    public static readonly DiagnosticDescriptor ButtonMissingProperty = new(
        ButtonMissingPropertyId,
        "Button is missing a required property",
        "A {0} button needs '{1}'; add it",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ButtonMissingPropertyId + ".md");

    /// <summary>FT2020: Button type is not known.</summary>
    public static readonly DiagnosticDescriptor UnknownButtonType = new(
        UnknownButtonTypeId,
        "Button type is not known",
        "Button type '{0}' is not known; use QUICK_REPLY, URL, PHONE_NUMBER, OTP, COPY_CODE, FLOW or VOICE_CALL",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownButtonTypeId + ".md");

    /// <summary>FT2021: Carousel is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidCarousel = new(
        InvalidCarouselId,
        "Carousel is not valid",
        "Carousel is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidCarouselId + ".md");

    /// <summary>FT2022: Carousel card is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidCarouselCard = new(
        InvalidCarouselCardId,
        "Carousel card is not valid",
        "Card {0}: {1}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidCarouselCardId + ".md");

    /// <summary>FT2023: Carousel cards do not have the same components.</summary>
    public static readonly DiagnosticDescriptor CarouselCardsDiffer = new(
        CarouselCardsDifferId,
        "Carousel cards do not have the same components",
        "Card {0} {1}, but card 0 {2}; all cards of a carousel must have the same components",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CarouselCardsDifferId + ".md");

    /// <summary>FT2024: Property is only for AUTHENTICATION templates.</summary>
    public static readonly DiagnosticDescriptor AuthenticationOnlyProperty = new(
        AuthenticationOnlyPropertyId,
        "Property is only for AUTHENTICATION templates",
        "Property is only for AUTHENTICATION templates: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + AuthenticationOnlyPropertyId + ".md");

    /// <summary>FT2025: VOICE_CALL button time-to-live is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidVoiceCallButton = new(
        InvalidVoiceCallButtonId,
        "VOICE_CALL button time-to-live is not valid",
        "VOICE_CALL button time-to-live is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidVoiceCallButtonId + ".md");

    /// <summary>FT2026: FLOW button action is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidFlowButtonAction = new(
        InvalidFlowButtonActionId,
        "FLOW button action is not valid",
        "FLOW button action is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidFlowButtonActionId + ".md");

    /// <summary>FT2027: navigateScreen is ignored with data_exchange.</summary>
    public static readonly DiagnosticDescriptor NavigateScreenIgnored = new(
        NavigateScreenIgnoredId,
        "navigateScreen is ignored with data_exchange",
        "'navigateScreen' is only used when flowAction is \"navigate\"; with \"data_exchange\" the flow's endpoint chooses the first screen, so remove '{0}' or use \"navigate\"",
        TemplateCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigateScreenIgnoredId + ".md");

    /// <summary>FT2028: FLOW button opens a screen the flow does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownNavigateScreen = new(
        UnknownNavigateScreenId,
        "FLOW button opens a screen the flow does not have",
        "Flow '{0}' ({1}) has no screen '{2}'; use one of: {3}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownNavigateScreenId + ".md");

    /// <summary>FT2029: Template setting is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateSetting = new(
        InvalidTemplateSettingId,
        "Template setting is not valid",
        "Template setting is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateSettingId + ".md");

    /// <summary>FT2030: Button country is not a two-letter code.</summary>
    public static readonly DiagnosticDescriptor InvalidButtonCountry = new(
        InvalidButtonCountryId,
        "Button country is not a two-letter code",
        "Country '{0}' is not an ISO 3166-1 alpha-2 code; 8x8 expects exactly two letters such as \"US\"",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidButtonCountryId + ".md");

    /// <summary>FT2031: a template kind Meta documents but the 8x8 "Add WhatsApp template" reference does not list.</summary>
    public static readonly DiagnosticDescriptor TemplateKindNotIn8x8Reference = new(
        TemplateKindNotIn8x8ReferenceId,
        "Template kind is not in the 8x8 reference",
        "{0} is not in the 8x8 'Add WhatsApp template' reference; Meta documents it ({1}), but 8x8 may refuse the template: confirm with 8x8 that your channel accepts it",
        TemplateCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TemplateKindNotIn8x8ReferenceId + ".md");

    /// <summary>FT2032: a catalog, multi-product, single-product or product card carousel template breaks one of Meta's rules for it.</summary>
    public static readonly DiagnosticDescriptor InvalidProductTemplate = new(
        InvalidProductTemplateId,
        "Catalog or product template is not valid",
        "Catalog or product template is not valid: {0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidProductTemplateId + ".md");

    /// <summary>FT3001: Template is not registered.</summary>
    public static readonly DiagnosticDescriptor UnknownTemplate = new(
        UnknownTemplateId,
        "Template is not registered",
        "No template '{0}' is registered{1}; check the name and language or add its *.template.json file",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownTemplateId + ".md");

    /// <summary>FT3002: Body parameters are missing.</summary>
    public static readonly DiagnosticDescriptor MissingBodyParameters = new(
        MissingBodyParametersId,
        "Body parameters are missing",
        "Template '{0}' ({1}) has {2} body variable(s) but {3} body parameter(s) are sent; add the missing value(s)",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingBodyParametersId + ".md");

    /// <summary>FT3003: Body parameter has no variable.</summary>
    public static readonly DiagnosticDescriptor ExtraBodyParameter = new(
        ExtraBodyParameterId,
        "Body parameter has no variable",
        "Template '{0}' ({1}) has {2} body variable(s); remove this extra parameter",
        SendCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ExtraBodyParameterId + ".md");

    /// <summary>FT3004: Header parameter does not match the template header.</summary>
    public static readonly DiagnosticDescriptor HeaderParameterMismatch = new(
        HeaderParameterMismatchId,
        "Header parameter does not match the template header",
        "Header parameter does not match the template: {0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + HeaderParameterMismatchId + ".md");

    /// <summary>FT3005: Button index does not point at a suitable button.</summary>
    public static readonly DiagnosticDescriptor InvalidButtonIndex = new(
        InvalidButtonIndexId,
        "Button index does not point at a suitable button",
        "Button index does not match the template: {0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidButtonIndexId + ".md");

    /// <summary>FT3006: Button sub-type does not match the template button.</summary>
    public static readonly DiagnosticDescriptor WrongButtonSubType = new(
        WrongButtonSubTypeId,
        "Button sub-type does not match the template button",
        "The button at index {0} of template '{1}' is a {2} button; use subType \"{3}\" instead of \"{4}\"",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + WrongButtonSubTypeId + ".md");

    /// <summary>FT3007: Button that needs a parameter has none.</summary>
    public static readonly DiagnosticDescriptor MissingButtonParameter = new(
        MissingButtonParameterId,
        "Button that needs a parameter has none",
        "Template '{0}' ({1}) has a {2} button at index {3} that needs a parameter; add TemplateComponent.Button({3}, {4}, ...)",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingButtonParameterId + ".md");

    /// <summary>FT3008: Interactive message exceeds a WhatsApp limit.</summary>
    public static readonly DiagnosticDescriptor InteractiveLimitExceeded = new(
        InteractiveLimitExceededId,
        "Interactive message exceeds a WhatsApp limit",
        "{0} {1}, but WhatsApp allows {2}; {3}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InteractiveLimitExceededId + ".md");

    /// <summary>FT3009: Interactive message has duplicate ids.</summary>
    public static readonly DiagnosticDescriptor DuplicateInteractiveId = new(
        DuplicateInteractiveIdId,
        "Interactive message has duplicate ids",
        "The id '{0}' is used more than once in this message; give every button or row a unique id",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DuplicateInteractiveIdId + ".md");

    /// <summary>FT3010: Header parameter is missing.</summary>
    public static readonly DiagnosticDescriptor MissingHeaderParameter = new(
        MissingHeaderParameterId,
        "Header parameter is missing",
        "Template '{0}' ({1}) has a {2} header; add TemplateComponent.Header(...) with {3}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingHeaderParameterId + ".md");

    /// <summary>FT3011: Flow id is not one of the project's flows.</summary>
    public static readonly DiagnosticDescriptor UnknownFlowId = new(
        UnknownFlowIdId,
        "Flow id is not one of the project's flows",
        "No flow file in the project declares FlowId '{0}' (known: {1}); check the id, or set FlowId metadata on the flow's AdditionalFiles item",
        SendCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownFlowIdId + ".md");

    /// <summary>FT3012: Flow has no such screen.</summary>
    public static readonly DiagnosticDescriptor UnknownFlowScreen = new(
        UnknownFlowScreenId,
        "Flow has no such screen",
        "Flow '{0}' ({1}) has no screen '{2}'; use one of: {3}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownFlowScreenId + ".md");

    /// <summary>FT3030: Carousel cards do not match the template.</summary>
    public static readonly DiagnosticDescriptor CarouselCardsMismatch = new(
        CarouselCardsMismatchId,
        "Carousel cards do not match the template",
        "Carousel cards do not match the template: {0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CarouselCardsMismatchId + ".md");

    /// <summary>FT3031: Carousel card parameters do not match the template card.</summary>
    public static readonly DiagnosticDescriptor CarouselCardParameterMismatch = new(
        CarouselCardParameterMismatchId,
        "Carousel card parameters do not match the template card",
        "Card {0} of template '{1}' ({2}): {3}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CarouselCardParameterMismatchId + ".md");

    /// <summary>FT3032: a Direct Send sample breaks a rule of 8x8's "Submit WhatsApp Direct Send Sample".</summary>
    public static readonly DiagnosticDescriptor InvalidDirectSendSample = new(
        InvalidDirectSendSampleId,
        "Direct Send sample is not valid",
        "Direct Send sample is not valid: {0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidDirectSendSampleId + ".md");

    /// <summary>FT3033: the products of an MPM button exceed a limit of Meta's multi-product messages.</summary>
    public static readonly DiagnosticDescriptor ProductListLimitExceeded = new(
        ProductListLimitExceededId,
        "Product sections exceed a WhatsApp limit",
        "Over a WhatsApp limit of multi-product messages: {0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ProductListLimitExceededId + ".md");

    /// <summary>FT3013: the template's status in 8x8 (from a template file in the Get shape) means it cannot be sent: REJECTED, PAUSED, DISABLED, ...</summary>
    public static readonly DiagnosticDescriptor TemplateNotSendable = new(
        TemplateNotSendableId,
        "Template cannot be sent in its 8x8 status",
        "Template '{0}' ({1}) has status {2} in 8x8; WhatsApp refuses sends of it until it is approved again",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TemplateNotSendableId + ".md");

    /// <summary>FT3014: the template's status in 8x8 is not APPROVED yet (PENDING, IN_APPEAL, or a status FlowTypes does not know).</summary>
    public static readonly DiagnosticDescriptor TemplateNotApprovedYet = new(
        TemplateNotApprovedYetId,
        "Template is not approved yet",
        "Template '{0}' ({1}) has status {2} in 8x8, not APPROVED; sends fail until Meta approves it",
        SendCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TemplateNotApprovedYetId + ".md");
}
