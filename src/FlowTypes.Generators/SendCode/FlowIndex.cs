using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// The flows of a compilation that declare their Meta/8x8 flow id (<c>FlowId</c> metadata on the AdditionalFiles item),
/// with the ids of their screens. Used to check flow ids and <c>flowActionData</c> screens in send code.
/// </summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<string, FlowEntry> _byId = new(StringComparer.Ordinal);

    public bool IsEmpty => _byId.Count == 0;

    public IEnumerable<string> Ids => _byId.Keys;

    public static FlowIndex Read(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var index = new FlowIndex();
        foreach (var file in files)
        {
            if (!FlowFiles.IsFlowFile(file) || FlowFiles.GetMetadata(options.GetOptions(file), "FlowId") is not { } id || index._byId.ContainsKey(id))
            {
                continue;
            }

            // The parse is shared with the generator and the flow analyzer (one per SourceText).
            var screens = ImmutableArray.CreateBuilder<string>();
            if (file.GetText(cancellationToken) is { } text && FlowFile.Read(text).Document is { } document)
            {
                foreach (var screen in document.Screens)
                {
                    if (screen.Id is { } screenId)
                    {
                        screens.Add(screenId);
                    }
                }
            }

            index._byId[id] = new FlowEntry(System.IO.Path.GetFileName(file.Path), screens.ToImmutable());
        }

        return index;
    }

    public bool TryGet(string id, out FlowEntry entry) => _byId.TryGetValue(id, out entry!);

    internal sealed class FlowEntry
    {
        public FlowEntry(string fileName, ImmutableArray<string> screens)
        {
            FileName = fileName;
            Screens = screens;
        }

        public string FileName { get; }

        public ImmutableArray<string> Screens { get; }
    }
}

/// <summary>FT3011/FT3012: flow ids and <c>flowActionData</c> screens in send code against the project's flow files.</summary>
internal static class FlowChecks
{
    /// <summary>Checks <c>new FlowMessage(body, flowId, flowCta) { FlowActionData = new FlowActionData(screen) }</c>.</summary>
    public static void FlowMessage(OperationAnalysisContext context, IObjectCreationOperation creation, FlowIndex flows)
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
    public static void CheckScreen(OperationAnalysisContext context, IOperation flowActionData, string flowId, FlowIndex.FlowEntry flow)
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
