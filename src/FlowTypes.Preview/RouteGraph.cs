using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Authoring;

namespace FlowTypes.Preview;

/// <summary>What the route picture shows: screens, and the navigate / data_exchange / complete edges between them.</summary>
internal sealed class RouteGraph
{
    private RouteGraph(List<RouteNode> nodes, List<RouteEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IReadOnlyList<RouteNode> Nodes { get; }

    public IReadOnlyList<RouteEdge> Edges { get; }

    public static RouteGraph From(FlowOutline flow)
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

        void Completion(string from, string record, string label)
        {
            var node = "complete:" + from + ":" + record;
            if (nodes.All(n => n.Id != node))
            {
                nodes.Add(new RouteNode(node, record, RouteNodeKind.Completion, entry: false, terminal: false));
            }

            Add(from, node, label);
        }

        foreach (var screen in flow.Screens)
        {
            if (screen.Id is not { } from)
            {
                continue;
            }

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
                            // On a terminal screen the endpoint may close the flow: WhatsApp then sends its SUCCESS payload.
                            Completion(from, "SUCCESS (endpoint)", "data_exchange");
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
}

internal enum RouteNodeKind
{
    Screen,
    Completion,
}

internal sealed class RouteNode(string id, string? title, RouteNodeKind kind, bool entry, bool terminal)
{
    public string Id => id;

    public string? Title => title;

    public RouteNodeKind Kind => kind;

    public bool Entry => entry;

    public bool Terminal => terminal;
}

internal sealed record RouteEdge(string From, string To, string Label);
