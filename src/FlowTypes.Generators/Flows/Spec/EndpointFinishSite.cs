using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Flows.Endpoints.Validation;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>A terminal screen that finishes through the endpoint, and where its Footer's <c>data_exchange</c> is (FT1071).</summary>
internal sealed record EndpointFinishSite(string Screen, FileLocation Location)
{
    /// <summary>The site of a finishing action: its screen, and the action's <c>name</c> value (else the action).</summary>
    public static EndpointFinishSite Of(ExchangeAction finish, string path, SourceText text) =>
        new(finish.Screen.Id!, SourceLocations.Locate(path, text, finish.Action.Node.Find("name")?.Value.Span ?? finish.Action.Node.Span));

    /// <summary>FT1071 at this site, for a flow no <c>[FlowCompletion]</c> type names.</summary>
    public FileDiagnostic UntypedCompletion(string fileName, string typeBaseName) =>
        new(DiagnosticDescriptors.UntypedEndpointCompletion, Location, Screen, fileName, typeBaseName);
}
