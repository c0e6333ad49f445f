using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>Reads the flow structure (<see cref="FlowDocument"/>) from a parsed JSON root.</summary>
internal static class FlowDocumentReader
{
    public static FlowDocument ReadDocument(JsonObject root)
    {
        var version = root.Get("version") as JsonString;
        var screens = ImmutableArray.CreateBuilder<FlowScreen>();
        if (root.Get("screens") is JsonArray screenArray)
        {
            var index = 0;
            foreach (var item in screenArray.Items)
            {
                if (item is JsonObject screen)
                {
                    screens.Add(ReadScreen(screen, index));
                }

                index++;
            }
        }

        return new FlowDocument(
            root,
            version,
            version is null ? null : FlowVersion.TryParse(version.Value),
            root.Get("data_api_version") as JsonString,
            root.Get("routing_model") as JsonObject,
            screens.ToImmutable());
    }

    private static FlowScreen ReadScreen(JsonObject node, int index)
    {
        var idNode = node.Get("id") as JsonString;
        var data = node.Get("data") as JsonObject;
        var dataFields = ImmutableArray.CreateBuilder<FlowDataField>();
        if (data is not null)
        {
            foreach (var property in data.Properties)
            {
                dataFields.Add(new FlowDataField(property));
            }
        }

        var components = ImmutableArray.CreateBuilder<FlowComponent>();
        var actions = ImmutableArray.CreateBuilder<FlowAction>();
        if ((node.Get("layout") as JsonObject)?.Get("children") is JsonArray children)
        {
            Walk(children, parent: null, ifDepth: 0, conditional: false, insideForm: false, components, actions);
        }

        return new FlowScreen(node, index, idNode?.Value, idNode, node.GetBoolean("terminal") == true, data, dataFields.ToImmutable(), components.ToImmutable(), actions.ToImmutable());
    }

    private static void Walk(JsonArray children, FlowComponent? parent, int ifDepth, bool conditional, bool insideForm, ImmutableArray<FlowComponent>.Builder components, ImmutableArray<FlowAction>.Builder actions)
    {
        foreach (var child in children.Items)
        {
            if (child is not JsonObject node)
            {
                continue;
            }

            var type = node.GetString("type");
            var component = new FlowComponent(node, type, parent, ifDepth, conditional, insideForm);
            components.Add(component);
            foreach (var property in node.Properties)
            {
                if (property.Value is JsonObject action && property.Name.EndsWith("-action", System.StringComparison.Ordinal))
                {
                    actions.Add(new FlowAction(action, property.Name, component));
                }
            }

            switch (type)
            {
                case "Form":
                    if (node.Get("children") is JsonArray formChildren)
                    {
                        Walk(formChildren, component, ifDepth, conditional, insideForm: true, components, actions);
                    }

                    break;
                case "If":
                    if (node.Get("then") is JsonArray thenBranch)
                    {
                        Walk(thenBranch, component, ifDepth + 1, conditional: true, insideForm, components, actions);
                    }

                    if (node.Get("else") is JsonArray elseBranch)
                    {
                        Walk(elseBranch, component, ifDepth + 1, conditional: true, insideForm, components, actions);
                    }

                    break;
                case "Switch":
                    if (node.Get("cases") is JsonObject cases)
                    {
                        foreach (var branch in cases.Properties)
                        {
                            if (branch.Value is JsonArray caseChildren)
                            {
                                Walk(caseChildren, component, ifDepth, conditional: true, insideForm, components, actions);
                            }
                        }
                    }

                    break;
            }
        }
    }
}
