using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Validation;

internal sealed partial class FlowValidator
{
    // ---------------------------------------------------------------- routing [§4]

    private void ValidateRouting()
    {
        var known = new HashSet<string>(_doc.Screens.Where(s => s.Id is not null).Select(s => s.Id!));
        var edges = new List<(string From, string To, TextSpan Span)>();
        if (_doc.RoutingModel is { } model)
        {
            var keys = new HashSet<string>();
            var targets = new HashSet<string>();
            foreach (var property in model.Properties)
            {
                keys.Add(property.Name);
                if (!known.Contains(property.Name))
                {
                    Report(DiagnosticDescriptors.RoutingModelUnknownScreen, property.NameSpan, property.Name);
                }

                if (property.Value is not JsonArray routes)
                {
                    continue;
                }

                if (routes.Items.Length > FlowRules.MaxBranches)
                {
                    Report(DiagnosticDescriptors.TooManyBranches, property.NameSpan, property.Name, routes.Items.Length);
                }

                foreach (var item in routes.Items)
                {
                    if (item is not JsonString route)
                    {
                        continue;
                    }

                    targets.Add(route.Value);
                    if (!known.Contains(route.Value))
                    {
                        Report(DiagnosticDescriptors.RoutingModelUnknownScreen, route.Span, route.Value);
                    }
                    else if (known.Contains(property.Name))
                    {
                        edges.Add((property.Name, route.Value, route.Span));
                    }
                }
            }

            var missing = new HashSet<string>();
            foreach (var screen in _doc.Screens)
            {
                // A single-screen flow may keep an empty routing model (Meta's own single-screen samples do).
                if (_doc.Screens.Length > 1 && screen.Id is { } id && !keys.Contains(id) && !targets.Contains(id) && screen.IdNode is { } idNode)
                {
                    missing.Add(id);
                    Report(DiagnosticDescriptors.RoutingModelMissingScreen, idNode.Span, id);
                }
            }

            foreach (var (from, to, span) in _navigateEdges)
            {
                if (from.Id is { } fromId && !missing.Contains(fromId) && !missing.Contains(to) && !edges.Any(e => e.From == fromId && e.To == to))
                {
                    Report(DiagnosticDescriptors.RouteMissingFromRoutingModel, span, fromId, to);
                }
            }

            ReportLoops(edges);
            ReportDisconnected(edges, missing);
        }
        else
        {
            // Without a routing model Meta derives one from the navigate actions [§4 Branches].
            foreach (var group in _navigateEdges.GroupBy(e => e.From))
            {
                var distinct = group.Select(e => e.To).Distinct().Count();
                if (distinct > FlowRules.MaxBranches && group.Key.IdNode is { } idNode)
                {
                    Report(DiagnosticDescriptors.TooManyBranches, idNode.Span, group.Key.Id!, distinct);
                }
            }

            ReportLoops(_navigateEdges.Where(e => e.From.Id is not null).Select(e => (e.From.Id!, e.To, e.Span)).ToList());
        }
    }

    /// <summary>Reports each edge that closes a cycle (depth-first back edges), self-routes included.</summary>
    private void ReportLoops(List<(string From, string To, TextSpan Span)> edges)
    {
        var outgoing = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<string, int>(); // 1 = on the current path, 2 = done
        var path = new List<string>();
        foreach (var screen in _doc.Screens)
        {
            if (screen.Id is { } id && !state.ContainsKey(id))
            {
                Visit(id);
            }
        }

        void Visit(string node)
        {
            // Bounded recursion: a flow this long already breaks the 100-screen limit (FT1056).
            if (path.Count > 1_000)
            {
                return;
            }

            state[node] = 1;
            path.Add(node);
            if (outgoing.TryGetValue(node, out var list))
            {
                foreach (var edge in list)
                {
                    state.TryGetValue(edge.To, out var s);
                    if (s == 1)
                    {
                        var loop = path.Skip(path.LastIndexOf(edge.To)).Concat(new[] { edge.To });
                        Report(DiagnosticDescriptors.RoutingLoop, edge.Span, edge.From, edge.To, string.Join(" -> ", loop));
                    }
                    else if (s == 0)
                    {
                        Visit(edge.To);
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }
    }

    /// <summary>All screens must form one connected routing graph (edge direction ignored).</summary>
    private void ReportDisconnected(List<(string From, string To, TextSpan Span)> edges, HashSet<string> missing)
    {
        var screens = _doc.Screens.Where(s => s.Id is not null && s.IdNode is not null).ToList();
        if (screens.Count < 2)
        {
            return;
        }

        var neighbours = new Dictionary<string, List<string>>();
        foreach (var (from, to, _) in edges)
        {
            Add(from, to);
            Add(to, from);
        }

        var reached = new HashSet<string> { screens[0].Id! };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            if (neighbours.TryGetValue(queue.Dequeue(), out var next))
            {
                foreach (var n in next.Where(reached.Add))
                {
                    queue.Enqueue(n);
                }
            }
        }

        foreach (var screen in screens)
        {
            if (!reached.Contains(screen.Id!) && !missing.Contains(screen.Id!))
            {
                Report(DiagnosticDescriptors.DisconnectedScreen, screen.IdNode!.Span, screen.Id!);
            }
        }

        void Add(string a, string b)
        {
            if (!neighbours.TryGetValue(a, out var list))
            {
                neighbours[a] = list = new List<string>();
            }

            list.Add(b);
        }
    }
}
