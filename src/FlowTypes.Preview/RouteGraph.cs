using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FlowTypes.Generators.Authoring;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Preview;

/// <summary>
/// What the route picture shows: screens, and the navigate / data_exchange / complete edges between them. A terminal
/// screen's data_exchange ends in <c>SUCCESS (endpoint)</c>; where the build sees a finish through the endpoint
/// (<see cref="FlowActionOutline.FinishesThroughEndpoint"/>) and the project was looked at, it also names the
/// <c>[FlowCompletion]</c> type (<c>SUCCESS (endpoint) → Shop.BookingCompletion</c>) or carries the build's FT1071 hint.
/// </summary>
internal sealed class RouteGraph
{
    private RouteGraph(List<RouteNode> nodes, List<RouteEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<RouteNode> Nodes { get; }

    public IReadOnlyList<RouteEdge> Edges { get; }

    public const string EndpointFinish = "SUCCESS (endpoint)";

    /// <param name="flow">The flow's outline.</param>
    /// <param name="completion">The project's <c>[FlowCompletion]</c> lookup; null when not looked up.</param>
    /// <param name="untypedCompletionHints">FT1071 per finishing screen (<see cref="FlowFileReport.UntypedCompletionHints"/>), shown when the lookup found no type.</param>
    public static RouteGraph From(FlowOutline flow, FlowCompletionLookup? completion = null, ImmutableArray<Diagnostic> untypedCompletionHints = default)
    {
        var nodes = new List<RouteNode>();
        var edges = new List<RouteEdge>();
        var ids = new HashSet<string>();
        foreach (var screen in flow.Screens)
        {
            if (screen.Id is { } id && ids.Add(id))
            {
                nodes.Add(new RouteNode(id, screen.Title is { } title ? new DataContext(flow, screen).Text(title) : null, RouteNodeKind.Screen, screen == flow.EntryScreen, screen.Terminal));
            }
        }

        void Add(string from, string to, string label)
        {
            if (!edges.Any(e => e.From == from && e.To == to && e.Label == label))
            {
                edges.Add(new RouteEdge(from, to, label));
            }
        }

        void Completion(string from, string record, string label, Diagnostic? hint = null)
        {
            var node = "complete:" + from + ":" + record;
            if (nodes.All(n => n.Id != node))
            {
                nodes.Add(new RouteNode(node, record, RouteNodeKind.Completion, entry: false, terminal: false, hint));
            }

            Add(from, node, label);
        }

        foreach (var screen in flow.Screens)
        {
            if (screen.Id is not { } from)
            {
                continue;
            }

            // The screen's finish through the endpoint, as the build sees it: every data_exchange of the screen that may close
            // the flow leads to the one SUCCESS node, named with the [FlowCompletion] type or carrying FT1071.
            var finish = completion is null ? null : screen.Actions.FirstOrDefault(a => a.FinishesThroughEndpoint);
            foreach (var action in screen.Actions)
            {
                switch (action.Name)
                {
                    case "navigate" when action.NextScreen is { } next && ids.Contains(next):
                        Add(from, next, "navigate");
                        break;
                    case "data_exchange":
                        foreach (var route in flow.Routes.Where(r => r.From == from && ids.Contains(r.To)))
                        {
                            Add(from, route.To, "data_exchange");
                        }

                        if (screen.Terminal)
                        {
                            // On a terminal screen the endpoint may close the flow: WhatsApp then sends its SUCCESS payload,
                            // which the build reads into the project's [FlowCompletion] type (FT1071 while there is none).
                            if (finish is null)
                            {
                                Completion(from, EndpointFinish, "data_exchange");
                            }
                            else if (completion!.TypeName is { } typeName)
                            {
                                Completion(from, EndpointFinish + " → " + typeName, "data_exchange");
                            }
                            else
                            {
                                var hint = untypedCompletionHints.IsDefault ? null : untypedCompletionHints.FirstOrDefault(h => IsAt(h, finish));
                                Completion(from, EndpointFinish, "data_exchange", hint);
                            }
                        }

                        break;
                    case "complete":
                        Completion(from, action.CompletionTypeName ?? "complete", "complete");
                        break;
                }
            }
        }

        // Routes of the routing model that no action in the file takes (an endpoint's answer may still take them).
        foreach (var route in flow.Routes)
        {
            if (ids.Contains(route.From) && ids.Contains(route.To) && !edges.Any(e => e.From == route.From && e.To == route.To))
            {
                Add(route.From, route.To, "route");
            }
        }

        return new RouteGraph(nodes, edges);
    }

    /// <summary>Whether FT1071 <paramref name="hint"/> is the one of <paramref name="action"/> (the build puts it at the action's <c>name</c> value).</summary>
    private static bool IsAt(Diagnostic hint, FlowActionOutline action) =>
        hint.Location.GetLineSpan().StartLinePosition == (action.Node.Get("name")?.Start ?? action.Start);
}

internal enum RouteNodeKind
{
    Screen,
    Completion,
}

internal sealed class RouteNode(string id, string? title, RouteNodeKind kind, bool entry, bool terminal, Diagnostic? hint = null)
{
    /// <summary>For a completion node, the build's hint on how to type it (FT1071); otherwise null.</summary>
    public Diagnostic? Hint => hint;

    public string Id => id;

    public string? Title => title;

    public RouteNodeKind Kind => kind;

    public bool Entry => entry;

    public bool Terminal => terminal;
}

internal sealed record RouteEdge(string From, string To, string Label);
