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
        "{0}",
        TemplateCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidTemplateCategoryId + ".md");

    /// <summary>FT2006: Template component is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplateComponent = new(
        InvalidTemplateComponentId,
        "Template component is not valid",
        "{0}",
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
        "{0}",
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
        "{0}",
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
        "{0}",
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
        "{0}",
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
        "{0}",
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
        "{0}",
        SendCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + HeaderParameterMismatchId + ".md");

    /// <summary>FT3005: Button index does not point at a suitable button.</summary>
    public static readonly DiagnosticDescriptor InvalidButtonIndex = new(
        InvalidButtonIndexId,
        "Button index does not point at a suitable button",
        "{0}",
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
        "{0}",
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
}
