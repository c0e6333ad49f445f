using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>FT1070..FT1079: endpoint flows that cannot be typed, reported by <c>Flows/FlowFileAnalyzer</c> from <c>Flows/Endpoints/Validation/EndpointValidator</c>.</summary>
internal static partial class DiagnosticDescriptors
{
    public const string IndistinguishableExchangesId = "FT1070";

    /// <summary>FT1070: "The data_exchange of {0} on screen '{1}' cannot be told apart from the data_exchange of {2} ({3}) ...".</summary>
    public static readonly DiagnosticDescriptor IndistinguishableExchanges = new(
        IndistinguishableExchangesId,
        "Two data_exchange actions on one screen cannot be told apart",
        "The data_exchange of {0} on screen '{1}' cannot be told apart from the data_exchange of {2} ({3}): the endpoint receives only the screen and the payload; give one payload a key the other never sends, or a static value such as \"trigger\": \"...\" that differs. No endpoint handler is generated for this flow.",
        FlowCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + IndistinguishableExchangesId + ".md");
}
