using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Templates.Document;
using static FlowTypes.Generators.Core.Diagnostics.DiagnosticDescriptors;

namespace FlowTypes.Generators.Templates.Validation;

/// <summary>FT2028: the one template rule that needs the project's flow files.</summary>
internal static partial class TemplateValidator
{
    /// <summary>The default <c>navigateScreen</c> of the 8x8 reference: the flow's first screen, always valid.</summary>
    public const string FirstEntryScreen = "FIRST_ENTRY_SCREEN";

    /// <summary>
    /// FT2028: a FLOW button's <c>navigateScreen</c> names a screen of the flow it launches. The template slice reads no
    /// flow file, so the caller gives the flows: for a flow id, the flow file's name and its screen ids, or null when no
    /// flow file of the project has that id (then the button cannot be checked and is not reported).
    /// </summary>
    public static IEnumerable<Finding> ValidateFlowScreens(TemplateDefinition template, Func<string, (string FileName, ImmutableArray<string> Screens)?> flowScreens)
    {
        foreach (var button in template.Buttons)
        {
            if (button.Type != "FLOW" || button.FlowActionValue != "navigate"
                || button.NavigateScreen?.Value is not JsonString { Value.Length: > 0 } screen || screen.Value == FirstEntryScreen
                || button.FlowIdNode?.Value is not { } flowId || flowScreens(flowId) is not { } flow
                || flow.Screens.IsDefaultOrEmpty || flow.Screens.Contains(screen.Value))
            {
                continue;
            }

            yield return new Finding(UnknownNavigateScreen, screen.Span, flowId, flow.FileName, screen.Value, string.Join(", ", flow.Screens));
        }
    }
}
