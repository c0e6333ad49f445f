using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Flows.Endpoints.Spec;
using FlowTypes.Generators.Flows.Document;
using FlowTypes.Generators.Flows.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>Builds a <see cref="FlowOutline"/> from the document the build parsed (no second parse).</summary>
internal static class FlowOutlineBuilder
{
    /// <param name="untypedCompletionHints">FT1071 as the generator reports it when no <c>[FlowCompletion]</c> type names the file.</param>
    public static FlowOutline Build(string path, SourceText text, FlowDocument document, string? typeName, out ImmutableArray<Diagnostic> untypedCompletionHints, CancellationToken cancellationToken)
    {
        // The record names come from the generator's own model, so the preview names what the build generates.
        var model = FlowModelBuilder.Build(path, text, document, flowId: null, typeName, flowTokenPrefix: null, cancellationToken).Model;
        var submissions = model.Submissions;

        // The Footer data_exchange actions that finish the flow through its endpoint, by the generator's own rule, and
        // FT1071 at each of them with the generator's arguments and location (FlowTypesGenerator, FlowSetAnalysis).
        var finishActions = EndpointFinishes.Find(document).ToList();
        var finishes = new HashSet<int>(finishActions.Select(a => a.Action.Node.Span.Start));
        untypedCompletionHints = finishActions
            .Select(a => EndpointFinishSite.Of(a, path, text).UntypedCompletion(model.FileName, model.TypeBaseName).ToDiagnostic())
            .ToImmutableArray();
        var screens = ImmutableArray.CreateBuilder<FlowScreenOutline>(document.Screens.Length);
        foreach (var screen in document.Screens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? completion = null;
            foreach (var submission in submissions)
            {
                if (completion is null && screen.Id is { } id && submission.TerminalScreens.Contains(id))
                {
                    completion = submission.TypeName;
                }
            }

            var data = ImmutableArray.CreateBuilder<FlowDataOutline>(screen.DataFields.Length);
            foreach (var field in screen.DataFields)
            {
                data.Add(new FlowDataOutline(field.Name, new FlowValue(field.Property.Value, text)));
            }

            var actions = ImmutableArray.CreateBuilder<FlowActionOutline>();
            var children = (screen.Node.Get("layout") as JsonObject)?.Get("children") as JsonArray;
            var layout = Components(children, text, completion, finishes, actions);
            screens.Add(new FlowScreenOutline(screen.Index, new FlowValue(screen.Node, text), data.MoveToImmutable(), layout, actions.ToImmutable()));
        }

        var built = screens.MoveToImmutable();
        return new FlowOutline(document.Version?.Value, document.DataApiVersion?.Value, document.RoutingModel is not null, Routes(document, built, text), built);
    }

    private static ImmutableArray<FlowComponentOutline> Components(JsonArray? array, SourceText text, string? completion, HashSet<int> finishes, ImmutableArray<FlowActionOutline>.Builder screenActions)
    {
        if (array is null)
        {
            return ImmutableArray<FlowComponentOutline>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<FlowComponentOutline>();
        foreach (var item in array.Items)
        {
            if (item is not JsonObject node)
            {
                continue;
            }

            var type = node.GetString("type");
            var actions = ImmutableArray.CreateBuilder<FlowActionOutline>();
            AddActions(node, itemIndex: null, type == "Footer" ? completion : null, finishes, text, actions);
            foreach (var listName in new[] { "list-items", "data-source" })
            {
                if (node.Get(listName) is JsonArray list)
                {
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        if (list.Items[i] is JsonObject listItem)
                        {
                            AddActions(listItem, i, completion: null, finishes, text, actions);
                        }
                    }
                }
            }

            screenActions.AddRange(actions);
            var children = type == "Form" ? Components(node.Get("children") as JsonArray, text, completion, finishes, screenActions) : ImmutableArray<FlowComponentOutline>.Empty;
            var branches = ImmutableArray.CreateBuilder<FlowBranch>();
            if (type == "If")
            {
                foreach (var name in new[] { "then", "else" })
                {
                    if (node.Get(name) is JsonArray branch)
                    {
                        branches.Add(new FlowBranch(name, Components(branch, text, completion, finishes, screenActions)));
                    }
                }
            }
            else if (type == "Switch" && node.Get("cases") is JsonObject cases)
            {
                foreach (var branch in cases.Properties)
                {
                    if (branch.Value is JsonArray branchChildren)
                    {
                        branches.Add(new FlowBranch(branch.Name, Components(branchChildren, text, completion, finishes, screenActions)));
                    }
                }
            }

            result.Add(new FlowComponentOutline(type, new FlowValue(node, text), children, branches.ToImmutable(), actions.ToImmutable()));
        }

        return result.ToImmutable();
    }

    private static void AddActions(JsonObject holder, int? itemIndex, string? completion, HashSet<int> finishes, SourceText text, ImmutableArray<FlowActionOutline>.Builder actions)
    {
        foreach (var property in holder.Properties)
        {
            if (property.Value is JsonObject action && property.Name.EndsWith("-action", StringComparison.Ordinal))
            {
                actions.Add(new FlowActionOutline(property.Name, itemIndex, new FlowValue(action, text), action.GetString("name") == "complete" ? completion : null, finishes.Contains(action.Span.Start)));
            }
        }
    }

    /// <summary>The routing model's routes, or without one the navigate actions (as Meta derives the model).</summary>
    private static ImmutableArray<ScreenRoute> Routes(FlowDocument document, ImmutableArray<FlowScreenOutline> screens, SourceText text)
    {
        var routes = ImmutableArray.CreateBuilder<ScreenRoute>();
        var seen = new HashSet<(string, string)>();
        if (document.RoutingModel is { } model)
        {
            foreach (var property in model.Properties)
            {
                if (property.Value is JsonArray targets)
                {
                    foreach (var target in targets.Items)
                    {
                        if (target is JsonString to && seen.Add((property.Name, to.Value)))
                        {
                            routes.Add(new ScreenRoute(property.Name, to.Value, text.Lines.GetLinePosition(to.Span.Start)));
                        }
                    }
                }
            }

            return routes.ToImmutable();
        }

        foreach (var screen in screens)
        {
            foreach (var action in screen.Actions)
            {
                if (screen.Id is { } from && action.NextScreen is { } to && seen.Add((from, to)))
                {
                    routes.Add(new ScreenRoute(from, to, action.Node.Get("next")?.Get("name")?.Start ?? action.Start));
                }
            }
        }

        return routes.ToImmutable();
    }
}
