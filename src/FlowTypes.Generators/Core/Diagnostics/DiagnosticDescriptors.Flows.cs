using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>FT1002..FT1069 and FT1080..FT1099: Meta's publish-time Flow JSON rules, reported by <c>Flows/FlowFileAnalyzer</c> from <c>Flows/Validation/FlowValidator</c>.</summary>
internal static partial class DiagnosticDescriptors
{
    public const string MissingFlowVersionId = "FT1002";
    public const string UnknownFlowVersionId = "FT1003";
    public const string FrozenFlowVersionId = "FT1004";
    public const string UnknownPropertyId = "FT1005";
    public const string InvalidScreenIdId = "FT1006";
    public const string ReservedScreenIdId = "FT1007";
    public const string DuplicateScreenIdId = "FT1008";
    public const string MissingTerminalScreenId = "FT1009";
    public const string TerminalScreenWithoutFooterId = "FT1010";
    public const string SuccessOnNonTerminalScreenId = "FT1011";
    public const string CompleteOnNonTerminalScreenId = "FT1012";
    public const string CompleteOutsideFooterId = "FT1013";
    public const string NavigateToUnknownScreenId = "FT1014";
    public const string NavigateToSameScreenId = "FT1015";
    public const string NavigatePayloadMissingFieldId = "FT1016";
    public const string NavigatePayloadExtraFieldId = "FT1017";
    public const string MediaValueInNavigatePayloadId = "FT1018";
    public const string UndeclaredDataReferenceId = "FT1019";
    public const string UnknownFormReferenceId = "FT1020";
    public const string InvalidScreenReferenceId = "FT1021";
    public const string InvalidDataPathId = "FT1022";
    public const string RoutingModelMissingScreenId = "FT1023";
    public const string RoutingModelUnknownScreenId = "FT1024";
    public const string RoutingLoopId = "FT1025";
    public const string TooManyBranchesId = "FT1026";
    public const string DisconnectedScreenId = "FT1027";
    public const string RouteMissingFromRoutingModelId = "FT1028";
    public const string TooManyComponentsId = "FT1029";
    public const string TooManyOfComponentId = "FT1030";
    public const string BothMediaPickersId = "FT1031";
    public const string InputOutsideFormId = "FT1032";
    public const string DuplicateInputNameId = "FT1033";
    public const string FooterMissingInBranchId = "FT1034";
    public const string IfNestingTooDeepId = "FT1035";
    public const string EmptyBranchId = "FT1036";
    public const string ConditionWithoutDynamicValueId = "FT1037";
    public const string MissingRequiredPropertyId = "FT1038";
    public const string InvalidPropertyValueId = "FT1039";
    public const string RequiresNewerVersionId = "FT1040";
    public const string DataApiVersionRequiredId = "FT1041";
    public const string RoutingModelRequiredId = "FT1042";
    public const string InvalidDataApiVersionId = "FT1043";
    public const string RefreshOnBackWithoutEndpointId = "FT1044";
    public const string MissingDataExampleId = "FT1045";
    public const string BlankStringId = "FT1046";
    public const string MinGreaterThanMaxId = "FT1047";
    public const string TextTooLongId = "FT1048";
    public const string UnknownComponentTypeId = "FT1049";
    public const string DataTypeMismatchId = "FT1050";
    public const string InvalidDateFormatId = "FT1051";
    public const string UpdateDataUnknownFieldId = "FT1052";
    public const string InvalidFooterCaptionsId = "FT1053";
    public const string InvalidComponentPlacementId = "FT1054";
    public const string InvalidItemCountId = "FT1055";
    public const string TooManyScreensId = "FT1056";
    public const string ExampleTypeMismatchId = "FT1057";
    public const string InvalidInitValueId = "FT1058";
    public const string MixedStaticAndDynamicTextId = "FT1059";
    public const string NavigatePayloadTypeMismatchId = "FT1060";
    public const string UnknownPropertyKeyId = "FT1061";
    public const string NewerFlowVersionId = "FT1062";
    public const string InvalidExpressionId = "FT1063";
    public const string ExpressionTypeMismatchId = "FT1064";
    public const string PlusConcatenationId = "FT1065";
    public const string ValueOutOfRangeId = "FT1080";
    public const string MediaValueNotTopLevelId = "FT1081";
    public const string TooManyFilesForCompletionId = "FT1082";
    public const string PropertyNotForConfigurationId = "FT1083";
    public const string InvalidPatternId = "FT1084";
    public const string TooManyInFlowId = "FT1085";
    public const string UnknownSensitiveFieldId = "FT1086";
    public const string SecondBadgeId = "FT1087";
    public const string ImageTooLargeId = "FT1088";
    public const string InvalidBase64ImageId = "FT1089";
    public const string UnsupportedImageFormatId = "FT1090";
    public const string FlowTooLargeId = "FT1091";

    /// <summary>FT1002: "The flow has no valid 'version' ({0}); add "version": "7.3" or another publishable Flow JSON version at the top level".</summary>
    public static readonly DiagnosticDescriptor MissingFlowVersion = new(
        MissingFlowVersionId,
        "Flow JSON version is missing",
        "The flow has no valid 'version' ({0}); add \"version\": \"7.3\" or another publishable Flow JSON version at the top level",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingFlowVersionId + ".md");

    /// <summary>FT1003: "Flow JSON version '{0}' does not exist; use one of the publishable versions: {1}".</summary>
    public static readonly DiagnosticDescriptor UnknownFlowVersion = new(
        UnknownFlowVersionId,
        "Unknown Flow JSON version",
        "Flow JSON version '{0}' does not exist; use one of the publishable versions: {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownFlowVersionId + ".md");

    /// <summary>FT1004: "Flow JSON version '{0}' was frozen on {1}: Meta no longer lets you create, update or publish a flow with it; raise 'version' to 7.3 (check the changelog for the changes in between)".</summary>
    public static readonly DiagnosticDescriptor FrozenFlowVersion = new(
        FrozenFlowVersionId,
        "Flow JSON version is frozen",
        "Flow JSON version '{0}' was frozen on {1}: Meta no longer lets you create, update or publish a flow with it; raise 'version' to 7.3 (check the changelog for the changes in between)",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + FrozenFlowVersionId + ".md");

    /// <summary>FT1005: "Property '{0}' is not allowed {1}; remove it or fix its spelling (allowed: {2})".</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new(
        UnknownPropertyId,
        "Property is not allowed here",
        "Property '{0}' is not allowed {1}; remove it or fix its spelling (allowed: {2})",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownPropertyId + ".md");

    /// <summary>FT1006: "Screen id '{0}' may contain only letters and underscores; rename it (for example '{1}') and update every reference".</summary>
    public static readonly DiagnosticDescriptor InvalidScreenId = new(
        InvalidScreenIdId,
        "Screen id has invalid characters",
        "Screen id '{0}' may contain only letters and underscores; rename it (for example '{1}') and update every reference",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidScreenIdId + ".md");

    /// <summary>FT1007: "Screen id '{0}' is reserved: 'SUCCESS' is the pseudo-screen an endpoint returns to finish the flow; rename the screen and update every reference".</summary>
    public static readonly DiagnosticDescriptor ReservedScreenId = new(
        ReservedScreenIdId,
        "Screen id is reserved",
        "Screen id '{0}' is reserved: 'SUCCESS' is the pseudo-screen an endpoint returns to finish the flow; rename the screen and update every reference",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ReservedScreenIdId + ".md");

    /// <summary>FT1008: "Screen id '{0}' is already used by screens[{1}]; screen ids must be unique, rename one of them".</summary>
    public static readonly DiagnosticDescriptor DuplicateScreenId = new(
        DuplicateScreenIdId,
        "Duplicate screen id",
        "Screen id '{0}' is already used by screens[{1}]; screen ids must be unique, rename one of them",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DuplicateScreenIdId + ".md");

    /// <summary>FT1009: "The flow has no terminal screen; mark the last screen with "terminal": true and give it a Footer whose on-click-action is 'complete'".</summary>
    public static readonly DiagnosticDescriptor MissingTerminalScreen = new(
        MissingTerminalScreenId,
        "Flow has no terminal screen",
        "The flow has no terminal screen; mark the last screen with \"terminal\": true and give it a Footer whose on-click-action is 'complete'",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingTerminalScreenId + ".md");

    /// <summary>FT1010: "Terminal screen '{0}' has no Footer; add a Footer (usually with a 'complete' on-click-action) to its layout".</summary>
    public static readonly DiagnosticDescriptor TerminalScreenWithoutFooter = new(
        TerminalScreenWithoutFooterId,
        "Terminal screen has no Footer",
        "Terminal screen '{0}' has no Footer; add a Footer (usually with a 'complete' on-click-action) to its layout",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TerminalScreenWithoutFooterId + ".md");

    /// <summary>FT1011: "Screen '{0}' sets 'success' but is not terminal; 'success' can only be specified on a terminal screen, remove it or add "terminal": true".</summary>
    public static readonly DiagnosticDescriptor SuccessOnNonTerminalScreen = new(
        SuccessOnNonTerminalScreenId,
        "'success' on a non-terminal screen",
        "Screen '{0}' sets 'success' but is not terminal; 'success' can only be specified on a terminal screen, remove it or add \"terminal\": true",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + SuccessOnNonTerminalScreenId + ".md");

    /// <summary>FT1012: "The 'complete' action on screen '{0}' is not allowed because the screen is not terminal; add "terminal": true to the screen or 'navigate' to a terminal screen instead".</summary>
    public static readonly DiagnosticDescriptor CompleteOnNonTerminalScreen = new(
        CompleteOnNonTerminalScreenId,
        "'complete' action on a non-terminal screen",
        "The 'complete' action on screen '{0}' is not allowed because the screen is not terminal; add \"terminal\": true to the screen or 'navigate' to a terminal screen instead",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompleteOnNonTerminalScreenId + ".md");

    /// <summary>FT1013: "The 'complete' action is not allowed in the {1} of {0}; only a Footer's on-click-action may complete the flow".</summary>
    public static readonly DiagnosticDescriptor CompleteOutsideFooter = new(
        CompleteOutsideFooterId,
        "'complete' action outside a Footer",
        "The 'complete' action is not allowed in the {1} of {0}; only a Footer's on-click-action may complete the flow",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompleteOutsideFooterId + ".md");

    /// <summary>FT1014: "Navigate target '{0}' is not a screen of this flow; use one of: {1}".</summary>
    public static readonly DiagnosticDescriptor NavigateToUnknownScreen = new(
        NavigateToUnknownScreenId,
        "Navigate target does not exist",
        "Navigate target '{0}' is not a screen of this flow; use one of: {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigateToUnknownScreenId + ".md");

    /// <summary>FT1015: "Screen '{0}' navigates to itself; same-screen navigation is not allowed, navigate to another screen (use update_data or data_exchange to refresh the current one)".</summary>
    public static readonly DiagnosticDescriptor NavigateToSameScreen = new(
        NavigateToSameScreenId,
        "Navigate to the same screen",
        "Screen '{0}' navigates to itself; same-screen navigation is not allowed, navigate to another screen (use update_data or data_exchange to refresh the current one)",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigateToSameScreenId + ".md");

    /// <summary>FT1016: "The navigate payload to screen '{0}' lacks '{1}', which '{0}' declares in its 'data'; add "{1}" to the payload or remove the field from the data of '{0}'".</summary>
    public static readonly DiagnosticDescriptor NavigatePayloadMissingField = new(
        NavigatePayloadMissingFieldId,
        "Navigate payload lacks a field of the next screen",
        "The navigate payload to screen '{0}' lacks '{1}', which '{0}' declares in its 'data'; add \"{1}\" to the payload or remove the field from the data of '{0}'",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigatePayloadMissingFieldId + ".md");

    /// <summary>FT1017: "The navigate payload key '{1}' is not declared in the 'data' of screen '{0}'; declare it there (with 'type' and '__example__') or remove it from the payload".</summary>
    public static readonly DiagnosticDescriptor NavigatePayloadExtraField = new(
        NavigatePayloadExtraFieldId,
        "Navigate payload has a field the next screen does not declare",
        "The navigate payload key '{1}' is not declared in the 'data' of screen '{0}'; declare it there (with 'type' and '__example__') or remove it from the payload",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigatePayloadExtraFieldId + ".md");

    /// <summary>FT1018: "'{0}' is the value of {1} '{2}', which is not allowed in a navigate payload; read it on a later screen with ${{screen.{3}.form.{2}}} or put it in the complete or data_exchange payload".</summary>
    public static readonly DiagnosticDescriptor MediaValueInNavigatePayload = new(
        MediaValueInNavigatePayloadId,
        "Media picker value in a navigate payload",
        "'{0}' is the value of {1} '{2}', which is not allowed in a navigate payload; read it on a later screen with ${{screen.{3}.form.{2}}} or put it in the complete or data_exchange payload",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MediaValueInNavigatePayloadId + ".md");

    /// <summary>FT1019: "'{0}' is not declared in the 'data' of screen '{1}'; add "{2}": {{ "type": &lt;type&gt;, "__example__": &lt;value&gt; }} to the screen's data or fix the name".</summary>
    public static readonly DiagnosticDescriptor UndeclaredDataReference = new(
        UndeclaredDataReferenceId,
        "Dynamic data is not declared in the screen's data",
        "'{0}' is not declared in the 'data' of screen '{1}'; add \"{2}\": {{ \"type\": <type>, \"__example__\": <value> }} to the screen's data or fix the name",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UndeclaredDataReferenceId + ".md");

    /// <summary>FT1020: "'{0}' does not match the name of any input on screen '{1}'; use the 'name' of an input on this screen, or ${{screen.ID.form.{2}}} for another screen".</summary>
    public static readonly DiagnosticDescriptor UnknownFormReference = new(
        UnknownFormReferenceId,
        "Form reference does not match an input",
        "'{0}' does not match the name of any input on screen '{1}'; use the 'name' of an input on this screen, or ${{screen.ID.form.{2}}} for another screen",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownFormReferenceId + ".md");

    /// <summary>FT1021: "'{0}' refers to screen '{1}', {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidScreenReference = new(
        InvalidScreenReferenceId,
        "Global reference to an unknown or the current screen",
        "'{0}' refers to screen '{1}', {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidScreenReferenceId + ".md");

    /// <summary>FT1022: "'{0}' cannot be resolved in the data model of screen '{1}': {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidDataPath = new(
        InvalidDataPathId,
        "Dynamic data path cannot be resolved",
        "'{0}' cannot be resolved in the data model of screen '{1}': {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidDataPathId + ".md");

    /// <summary>FT1023: "Screen '{0}' is missing from the routing_model; add "{0}": [&lt;ids of the screens it leads to&gt;] to routing_model".</summary>
    public static readonly DiagnosticDescriptor RoutingModelMissingScreen = new(
        RoutingModelMissingScreenId,
        "Screen missing from the routing model",
        "Screen '{0}' is missing from the routing_model; add \"{0}\": [<ids of the screens it leads to>] to routing_model",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RoutingModelMissingScreenId + ".md");

    /// <summary>FT1024: "routing_model refers to '{0}', which is not a screen of this flow; remove it or fix the id".</summary>
    public static readonly DiagnosticDescriptor RoutingModelUnknownScreen = new(
        RoutingModelUnknownScreenId,
        "Routing model names an unknown screen",
        "routing_model refers to '{0}', which is not a screen of this flow; remove it or fix the id",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RoutingModelUnknownScreenId + ".md");

    /// <summary>FT1025: "The route {0} -&gt; {1} creates a loop ({2}); routes must only go forward (going back is implicit), remove this route".</summary>
    public static readonly DiagnosticDescriptor RoutingLoop = new(
        RoutingLoopId,
        "Route creates a loop",
        "The route {0} -> {1} creates a loop ({2}); routes must only go forward (going back is implicit), remove this route",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RoutingLoopId + ".md");

    /// <summary>FT1026: "Screen '{0}' has {1} outgoing routes but at most 10 are allowed; spread the choices over more screens".</summary>
    public static readonly DiagnosticDescriptor TooManyBranches = new(
        TooManyBranchesId,
        "Too many routes from one screen",
        "Screen '{0}' has {1} outgoing routes but at most 10 are allowed; spread the choices over more screens",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyBranchesId + ".md");

    /// <summary>FT1027: "Screen '{0}' is not connected with the rest of the screens (no route leads to or from it); add a route to it or remove the screen".</summary>
    public static readonly DiagnosticDescriptor DisconnectedScreen = new(
        DisconnectedScreenId,
        "Screen is not connected to the flow",
        "Screen '{0}' is not connected with the rest of the screens (no route leads to or from it); add a route to it or remove the screen",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DisconnectedScreenId + ".md");

    /// <summary>FT1028: "Screen '{0}' navigates to '{1}' but routing_model has no route {0} -&gt; {1}; add "{1}" to routing_model["{0}"]".</summary>
    public static readonly DiagnosticDescriptor RouteMissingFromRoutingModel = new(
        RouteMissingFromRoutingModelId,
        "Navigate route missing from the routing model",
        "Screen '{0}' navigates to '{1}' but routing_model has no route {0} -> {1}; add \"{1}\" to routing_model[\"{0}\"]",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RouteMissingFromRoutingModelId + ".md");

    /// <summary>FT1029: "Screen '{0}' has {1} components but at most 50 are allowed per screen; move some to another screen".</summary>
    public static readonly DiagnosticDescriptor TooManyComponents = new(
        TooManyComponentsId,
        "Too many components on a screen",
        "Screen '{0}' has {1} components but at most 50 are allowed per screen; move some to another screen",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyComponentsId + ".md");

    /// <summary>FT1030: "Screen '{0}' can show {1} {2} components but at most {3} are allowed per screen (If/Switch branches count as alternatives); remove the extra {2}".</summary>
    public static readonly DiagnosticDescriptor TooManyOfComponent = new(
        TooManyOfComponentId,
        "Too many components of one type on a screen",
        "Screen '{0}' can show {1} {2} components but at most {3} are allowed per screen (If/Switch branches count as alternatives); remove the extra {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyOfComponentId + ".md");

    /// <summary>FT1031: "Screen '{0}' has both a PhotoPicker and a DocumentPicker; only one media picker is allowed per screen, move one of them to another screen".</summary>
    public static readonly DiagnosticDescriptor BothMediaPickers = new(
        BothMediaPickersId,
        "PhotoPicker and DocumentPicker on one screen",
        "Screen '{0}' has both a PhotoPicker and a DocumentPicker; only one media picker is allowed per screen, move one of them to another screen",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + BothMediaPickersId + ".md");

    /// <summary>FT1032: "{0} '{1}' must be inside the Form {2}".</summary>
    public static readonly DiagnosticDescriptor InputOutsideForm = new(
        InputOutsideFormId,
        "Input outside the Form",
        "{0} '{1}' must be inside the Form {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InputOutsideFormId + ".md");

    /// <summary>FT1033: "Input name '{0}' is already used on screen '{1}' (If/Switch branches included); names must be unique per screen, rename one".</summary>
    public static readonly DiagnosticDescriptor DuplicateInputName = new(
        DuplicateInputNameId,
        "Duplicate input name on a screen",
        "Input name '{0}' is already used on screen '{1}' (If/Switch branches included); names must be unique per screen, rename one",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DuplicateInputNameId + ".md");

    /// <summary>FT1034: "{0} has a Footer in some branches but not in {1}; when one branch has a Footer every branch must have one, add a Footer to {1}".</summary>
    public static readonly DiagnosticDescriptor FooterMissingInBranch = new(
        FooterMissingInBranchId,
        "Footer missing in a conditional branch",
        "{0} has a Footer in some branches but not in {1}; when one branch has a Footer every branch must have one, add a Footer to {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + FooterMissingInBranchId + ".md");

    /// <summary>FT1035: "This If is nested {0} levels deep but If can only be nested up to 3 levels; flatten the conditions".</summary>
    public static readonly DiagnosticDescriptor IfNestingTooDeep = new(
        IfNestingTooDeepId,
        "If nested too deeply",
        "This If is nested {0} levels deep but If can only be nested up to 3 levels; flatten the conditions",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + IfNestingTooDeepId + ".md");

    /// <summary>FT1036: "{0} must contain at least one component; add a component or remove it".</summary>
    public static readonly DiagnosticDescriptor EmptyBranch = new(
        EmptyBranchId,
        "Empty conditional branch",
        "{0} must contain at least one component; add a component or remove it",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + EmptyBranchId + ".md");

    /// <summary>FT1037: "If condition '{0}' has no dynamic operand; a condition must reference at least one ${{data...}}, ${{form...}} or ${{screen...}} value".</summary>
    public static readonly DiagnosticDescriptor ConditionWithoutDynamicValue = new(
        ConditionWithoutDynamicValueId,
        "If condition has no dynamic operand",
        "If condition '{0}' has no dynamic operand; a condition must reference at least one ${{data...}}, ${{form...}} or ${{screen...}} value",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ConditionWithoutDynamicValueId + ".md");

    /// <summary>FT1038: "{0} requires property '{1}'; add it".</summary>
    public static readonly DiagnosticDescriptor MissingRequiredProperty = new(
        MissingRequiredPropertyId,
        "Required property is missing",
        "{0} requires property '{1}'; add it",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingRequiredPropertyId + ".md");

    /// <summary>FT1039: "'{0}' is not a valid value for '{1}' of {2}; use one of: {3}".</summary>
    public static readonly DiagnosticDescriptor InvalidPropertyValue = new(
        InvalidPropertyValueId,
        "Property value is not allowed",
        "'{0}' is not a valid value for '{1}' of {2}; use one of: {3}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidPropertyValueId + ".md");

    /// <summary>FT1040: "{0} requires Flow JSON {1} but this flow uses {2}; raise 'version' to {1} or later, or remove it".</summary>
    public static readonly DiagnosticDescriptor RequiresNewerVersion = new(
        RequiresNewerVersionId,
        "Feature needs a newer Flow JSON version",
        "{0} requires Flow JSON {1} but this flow uses {2}; raise 'version' to {1} or later, or remove it",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RequiresNewerVersionId + ".md");

    /// <summary>FT1041: "The data_exchange action requires the top-level 'data_api_version'; add "data_api_version": "3.0" and a routing_model (and configure the flow's endpoint)".</summary>
    public static readonly DiagnosticDescriptor DataApiVersionRequired = new(
        DataApiVersionRequiredId,
        "data_exchange needs data_api_version",
        "The data_exchange action requires the top-level 'data_api_version'; add \"data_api_version\": \"3.0\" and a routing_model (and configure the flow's endpoint)",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DataApiVersionRequiredId + ".md");

    /// <summary>FT1042: "'data_api_version' requires a 'routing_model'; add "routing_model": { "SCREEN": ["NEXT_SCREEN"] } listing the screens each screen leads to".</summary>
    public static readonly DiagnosticDescriptor RoutingModelRequired = new(
        RoutingModelRequiredId,
        "data_api_version needs routing_model",
        "'data_api_version' requires a 'routing_model'; add \"routing_model\": { \"SCREEN\": [\"NEXT_SCREEN\"] } listing the screens each screen leads to",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RoutingModelRequiredId + ".md");

    /// <summary>FT1043: "data_api_version '{0}' is not supported with Flow JSON {1}; use {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidDataApiVersion = new(
        InvalidDataApiVersionId,
        "Unsupported data_api_version",
        "data_api_version '{0}' is not supported with Flow JSON {1}; use {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidDataApiVersionId + ".md");

    /// <summary>FT1044: "Screen '{0}' sets "refresh_on_back": true but the flow has no 'data_api_version'; remove it, or add data_api_version and routing_model for an endpoint flow".</summary>
    public static readonly DiagnosticDescriptor RefreshOnBackWithoutEndpoint = new(
        RefreshOnBackWithoutEndpointId,
        "refresh_on_back without an endpoint",
        "Screen '{0}' sets \"refresh_on_back\": true but the flow has no 'data_api_version'; remove it, or add data_api_version and routing_model for an endpoint flow",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + RefreshOnBackWithoutEndpointId + ".md");

    /// <summary>FT1045: "Data field '{0}' of screen '{1}' has no '__example__'; add an example value of its type ({2})".</summary>
    public static readonly DiagnosticDescriptor MissingDataExample = new(
        MissingDataExampleId,
        "Data field has no __example__",
        "Data field '{0}' of screen '{1}' has no '__example__'; add an example value of its type ({2})",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MissingDataExampleId + ".md");

    /// <summary>FT1046: "{0} cannot be empty or blank{1}; give it a value or remove the property".</summary>
    public static readonly DiagnosticDescriptor BlankString = new(
        BlankStringId,
        "Blank string value",
        "{0} cannot be empty or blank{1}; give it a value or remove the property",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + BlankStringId + ".md");

    /// <summary>FT1047: "'{0}' ({1}) is greater than '{2}' ({3}) on {4}; make the minimum less than or equal to the maximum".</summary>
    public static readonly DiagnosticDescriptor MinGreaterThanMax = new(
        MinGreaterThanMaxId,
        "Minimum is greater than maximum",
        "'{0}' ({1}) is greater than '{2}' ({3}) on {4}; make the minimum less than or equal to the maximum",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MinGreaterThanMaxId + ".md");

    /// <summary>FT1048: "{0} is {1} characters but WhatsApp documents at most {2} for it; shorten it (longer text may be truncated)".</summary>
    public static readonly DiagnosticDescriptor TextTooLong = new(
        TextTooLongId,
        "Text is longer than WhatsApp displays",
        "{0} is {1} characters but WhatsApp documents at most {2} for it; shorten it (longer text may be truncated)",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TextTooLongId + ".md");

    /// <summary>FT1049: "Unknown component type '{0}'; use one of: {1}".</summary>
    public static readonly DiagnosticDescriptor UnknownComponentType = new(
        UnknownComponentTypeId,
        "Unknown component type",
        "Unknown component type '{0}'; use one of: {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownComponentTypeId + ".md");

    /// <summary>FT1050: "'{0}' is declared as {1} in the data of screen '{2}', but '{3}' of {4} expects {5}; change the field's 'type' or bind a field of the expected type".</summary>
    public static readonly DiagnosticDescriptor DataTypeMismatch = new(
        DataTypeMismatchId,
        "Bound data has the wrong type",
        "'{0}' is declared as {1} in the data of screen '{2}', but '{3}' of {4} expects {5}; change the field's 'type' or bind a field of the expected type",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DataTypeMismatchId + ".md");

    /// <summary>FT1051: "'{0}' in '{1}' of {2} is not {3}; from Flow JSON 5.0 dates are "YYYY-MM-DD" strings, write it as {4}".</summary>
    public static readonly DiagnosticDescriptor InvalidDateFormat = new(
        InvalidDateFormatId,
        "Date is not a YYYY-MM-DD string",
        "'{0}' in '{1}' of {2} is not {3}; from Flow JSON 5.0 dates are \"YYYY-MM-DD\" strings, write it as {4}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidDateFormatId + ".md");

    /// <summary>FT1052: "The update_data payload key '{0}' is not a field of the data of screen '{1}'; update_data can only change the current screen's data, declare '{0}' there (with 'type' and '__example__') or fix the name".</summary>
    public static readonly DiagnosticDescriptor UpdateDataUnknownField = new(
        UpdateDataUnknownFieldId,
        "update_data payload key is not a field of the screen's data",
        "The update_data payload key '{0}' is not a field of the data of screen '{1}'; update_data can only change the current screen's data, declare '{0}' there (with 'type' and '__example__') or fix the name",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UpdateDataUnknownFieldId + ".md");

    /// <summary>FT1053: "The Footer on screen '{0}' sets '{1}' {2}; use either 'center-caption' alone or 'left-caption' together with 'right-caption'".</summary>
    public static readonly DiagnosticDescriptor InvalidFooterCaptions = new(
        InvalidFooterCaptionsId,
        "Invalid combination of Footer captions",
        "The Footer on screen '{0}' sets '{1}' {2}; use either 'center-caption' alone or 'left-caption' together with 'right-caption'",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidFooterCaptionsId + ".md");

    /// <summary>FT1054: "{0} on screen '{1}' {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidComponentPlacement = new(
        InvalidComponentPlacementId,
        "Component cannot share the screen or be placed here",
        "{0} on screen '{1}' {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidComponentPlacementId + ".md");

    /// <summary>FT1055: "'{0}' of {1} has {2} items but {3} to {4} are allowed; {5}".</summary>
    public static readonly DiagnosticDescriptor InvalidItemCount = new(
        InvalidItemCountId,
        "Wrong number of options or items",
        "'{0}' of {1} has {2} items but {3} to {4} are allowed; {5}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidItemCountId + ".md");

    /// <summary>FT1056: "The flow has {0} screens but at most 100 are allowed; split it into several flows".</summary>
    public static readonly DiagnosticDescriptor TooManyScreens = new(
        TooManyScreensId,
        "Too many screens",
        "The flow has {0} screens but at most 100 are allowed; split it into several flows",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyScreensId + ".md");

    /// <summary>FT1057: "The '__example__' of data field '{0}' on screen '{1}' is {2} but the field is declared as {3}; give an example of the declared type or change 'type'".</summary>
    public static readonly DiagnosticDescriptor ExampleTypeMismatch = new(
        ExampleTypeMismatchId,
        "__example__ does not match the declared type",
        "The '__example__' of data field '{0}' on screen '{1}' is {2} but the field is declared as {3}; give an example of the declared type or change 'type'",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ExampleTypeMismatchId + ".md");

    /// <summary>FT1058: "{0} on screen '{1}': {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidInitValue = new(
        InvalidInitValueId,
        "Invalid initial value",
        "{0} on screen '{1}': {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidInitValueId + ".md");

    /// <summary>FT1059: "'{0}' mixes static text with {1}; Meta documents this as a compilation error, {2}".</summary>
    public static readonly DiagnosticDescriptor MixedStaticAndDynamicText = new(
        MixedStaticAndDynamicTextId,
        "Static text mixed with a dynamic reference",
        "'{0}' mixes static text with {1}; Meta documents this as a compilation error, {2}",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MixedStaticAndDynamicTextId + ".md");

    /// <summary>FT1060: "The navigate payload value for '{0}' is {1}, but screen '{2}' declares '{0}' as {3}; pass a value of the declared type or change the field's 'type'".</summary>
    public static readonly DiagnosticDescriptor NavigatePayloadTypeMismatch = new(
        NavigatePayloadTypeMismatchId,
        "Navigate payload value has the wrong type",
        "The navigate payload value for '{0}' is {1}, but screen '{2}' declares '{0}' as {3}; pass a value of the declared type or change the field's 'type'",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NavigatePayloadTypeMismatchId + ".md");

    /// <summary>FT1061: "Property '{0}' is not allowed {1}; {2}".</summary>
    public static readonly DiagnosticDescriptor UnknownPropertyKey = new(
        UnknownPropertyKeyId,
        "Unknown property key",
        "Property '{0}' is not allowed {1}; {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownPropertyKeyId + ".md");

    /// <summary>FT1062: "Flow JSON version '{0}' is newer than the newest version FlowTypes knows ({1}); its rules were checked as {1} ...".</summary>
    public static readonly DiagnosticDescriptor NewerFlowVersion = new(
        NewerFlowVersionId,
        "Flow JSON version is newer than FlowTypes knows",
        "Flow JSON version '{0}' is newer than the newest version FlowTypes knows ({1}); its rules were checked as {1} and its types generated as for {1}. Update FlowTypes to check what {0} adds, or use {1} if Meta has not released {0}.",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + NewerFlowVersionId + ".md");

    /// <summary>FT1063: "The expression {0} is not valid at column {1}: {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidExpression = new(
        InvalidExpressionId,
        "Invalid Flow JSON expression",
        "The expression {0} is not valid at column {1}: {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidExpressionId + ".md");

    /// <summary>FT1064: "In the expression {0}, {1}".</summary>
    public static readonly DiagnosticDescriptor ExpressionTypeMismatch = new(
        ExpressionTypeMismatchId,
        "Expression uses a value of the wrong type",
        "In the expression {0}, {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ExpressionTypeMismatchId + ".md");

    /// <summary>FT1065: "'+' in {0} adds numbers and does not join text; Flow JSON expressions concatenate by writing the parts side by side: {1}".</summary>
    public static readonly DiagnosticDescriptor PlusConcatenation = new(
        PlusConcatenationId,
        "'+' does not concatenate strings",
        "'+' in {0} adds numbers and does not join text; Flow JSON expressions concatenate by writing the parts side by side: {1}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + PlusConcatenationId + ".md");

    /// <summary>FT1080: "'{0}' of {1} is {2}, but Meta allows {3}; change it to a value in that range".</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = new(
        ValueOutOfRangeId,
        "Property value is out of range",
        "'{0}' of {1} is {2}, but Meta allows {3}; change it to a value in that range",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ValueOutOfRangeId + ".md");

    /// <summary>FT1081: "'{0}' is the value of {1} '{2}', which {3}; give it a top-level key of its own in a complete or data_exchange payload, such as "{2}": "{0}"".</summary>
    public static readonly DiagnosticDescriptor MediaValueNotTopLevel = new(
        MediaValueNotTopLevelId,
        "Media picker value is not a top-level payload value",
        "'{0}' is the value of {1} '{2}', which {3}; give it a top-level key of its own in a complete or data_exchange payload, such as \"{2}\": \"{0}\"",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MediaValueNotTopLevelId + ".md");

    /// <summary>FT1082: "{0} '{1}' is sent in a complete payload and allows up to {2} files, but a response message carries at most 10 files (100 MiB in all); set '{3}' to 10 or less".</summary>
    public static readonly DiagnosticDescriptor TooManyFilesForCompletion = new(
        TooManyFilesForCompletionId,
        "Media picker allows more files than a response message carries",
        "{0} '{1}' is sent in a complete payload and allows up to {2} files, but a response message carries at most 10 files (100 MiB in all); set '{3}' to 10 or less",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyFilesForCompletionId + ".md");

    /// <summary>FT1083: "The property '{0}' of {1} {2}".</summary>
    public static readonly DiagnosticDescriptor PropertyNotForConfiguration = new(
        PropertyNotForConfigurationId,
        "Property does not fit the component's configuration",
        "The property '{0}' of {1} {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + PropertyNotForConfigurationId + ".md");

    /// <summary>FT1084: "The 'pattern' of {0} is not a valid regular expression ({1}); fix the pattern".</summary>
    public static readonly DiagnosticDescriptor InvalidPattern = new(
        InvalidPatternId,
        "TextInput pattern is not a valid regular expression",
        "The 'pattern' of {0} is not a valid regular expression ({1}); fix the pattern (write the raw expression, without /.../ delimiters)",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidPatternId + ".md");

    /// <summary>FT1085: "The flow has {0} {1} components but at most {2} are allowed per flow; remove {3}".</summary>
    public static readonly DiagnosticDescriptor TooManyInFlow = new(
        TooManyInFlowId,
        "Too many components of one type in the flow",
        "The flow has {0} {1} components but at most {2} are allowed per flow; remove {3}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + TooManyInFlowId + ".md");

    /// <summary>FT1086: "'{0}' in the 'sensitive' list of screen '{1}' is not the name of a component on that screen; {2}".</summary>
    public static readonly DiagnosticDescriptor UnknownSensitiveField = new(
        UnknownSensitiveFieldId,
        "Sensitive field matches no component",
        "'{0}' in the 'sensitive' list of screen '{1}' is not the name of a component on that screen; {2}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnknownSensitiveFieldId + ".md");

    /// <summary>FT1087: "List item '{0}' of {1} has a badge, but list item '{2}' already has one; only one item per NavigationList may have a badge".</summary>
    public static readonly DiagnosticDescriptor SecondBadge = new(
        SecondBadgeId,
        "More than one badge in a NavigationList",
        "List item '{0}' of {1} has a badge, but list item '{2}' already has one; only one item per NavigationList may have a badge, remove one of them",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + SecondBadgeId + ".md");

    /// <summary>FT1088: "{0} is {1} KB but Meta allows at most {2} KB for it{3}; make the image smaller".</summary>
    public static readonly DiagnosticDescriptor ImageTooLarge = new(
        ImageTooLargeId,
        "Image is larger than Meta allows",
        "{0} is {1} KB but Meta allows at most {2} KB for it{3}; make the image smaller",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + ImageTooLargeId + ".md");

    /// <summary>FT1089: "{0} is not a base64-encoded image ({1}); put the image's bytes in base64, without a 'data:' prefix".</summary>
    public static readonly DiagnosticDescriptor InvalidBase64Image = new(
        InvalidBase64ImageId,
        "Image source is not base64",
        "{0} is not a base64-encoded image ({1}); put the image's bytes in base64, without a 'data:' prefix",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + InvalidBase64ImageId + ".md");

    /// <summary>FT1090: "{0} is {1}, but the Image component supports JPEG and PNG only; convert the image".</summary>
    public static readonly DiagnosticDescriptor UnsupportedImageFormat = new(
        UnsupportedImageFormatId,
        "Image is not JPEG or PNG",
        "{0} is {1}, but the Image component supports JPEG and PNG only; convert the image",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UnsupportedImageFormatId + ".md");

    /// <summary>FT1091: "The Flow JSON is {0} bytes but Meta accepts at most 10 MB ({1} bytes); make the images in it smaller or split the flow".</summary>
    public static readonly DiagnosticDescriptor FlowTooLarge = new(
        FlowTooLargeId,
        "Flow JSON is larger than 10 MB",
        "The Flow JSON is {0} bytes but Meta accepts at most 10 MB ({1} bytes); make the images in it smaller or split the flow",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + FlowTooLargeId + ".md");
}
