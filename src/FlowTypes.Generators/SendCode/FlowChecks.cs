using System;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>FT3011/FT3012: flow ids and <c>flowActionData</c> screens in send code against the project's flow files.</summary>
internal static class FlowChecks
{
    /// <summary>Checks <c>new FlowMessage(body, flowId, flowCta) { FlowActionData = new FlowActionData(screen) }</c>.</summary>
    public static void FlowMessage(SendContext context, IObjectCreationOperation creation, FlowIndex flows)
    {
        if (flows.IsEmpty || Operations.Argument(creation, "flowId") is not { } flowIdArgument || Operations.ConstantString(flowIdArgument) is not { } flowId)
        {
            return;
        }

        if (!flows.TryGet(flowId, out var flow))
        {
            var known = string.Join(", ", System.Linq.Enumerable.OrderBy(flows.Ids, i => i, StringComparer.Ordinal));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownFlowId, flowIdArgument.Syntax.GetLocation(), flowId, known));
            return;
        }

        if (Operations.InitializerValue(creation, "FlowActionData") is { } data)
        {
            CheckScreen(context, data, flowId, flow);
        }
    }

    /// <summary>Checks the screen of a <c>new FlowActionData(screen)</c> / <c>FlowActionData.FromStrings(screen, ...)</c> value.</summary>
    public static void CheckScreen(SendContext context, IOperation flowActionData, string flowId, FlowIndex.FlowEntry flow)
    {
        var screenArgument = Operations.Unwrap(flowActionData) switch
        {
            IObjectCreationOperation creation => Operations.Argument(creation, "screen"),
            IInvocationOperation invocation => Operations.Argument(invocation, "screen"),
            _ => null,
        };

        if (screenArgument is null || Operations.ConstantString(screenArgument) is not { } screen || flow.Screens.IsDefaultOrEmpty || flow.Screens.Contains(screen))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownFlowScreen, screenArgument.Syntax.GetLocation(), flowId, flow.FileName, screen, string.Join(", ", flow.Screens)));
    }
}
