using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Core.Routing;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;

namespace FlowTypes.Preview;

/// <summary>
/// Lays the route graph out with MSAGL's layered (Sugiyama) layout, left to right, with spline edges and placed
/// labels, and writes it as SVG. Text is set in a monospace font so that node and label sizes computed here
/// (characters × advance) are the sizes drawn.
/// </summary>
internal static class RouteSvg
{
    private const double FontSize = 12;

    /// <summary>DejaVu Sans Mono's advance width is 0.602 em (the page asks for it and falls back to monospace).</summary>
    private const double Advance = FontSize * 0.602;

    private const double Margin = 12;

    private const string DeclareItOnce = "Declare it once: ";

    public static string Write(RouteGraph routes, bool standalone)
    {
        var graph = new GeometryGraph();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var route in routes.Nodes)
        {
            var lines = Lines(route);
            var nodeWidth = (lines.Max(l => l.Length) * Advance) + 20;
            var nodeHeight = (lines.Count * (FontSize + 4)) + 14;
            var radius = route.Kind == RouteNodeKind.Completion ? CompletionRadius(nodeHeight) : 6;
            var curve = CurveFactory.CreateRectangleWithRoundedCorners(nodeWidth, nodeHeight, radius, radius, new Point(0, 0));
            var node = new Node(curve, route);
            nodes[route.Id] = node;
            graph.Nodes.Add(node);
        }

        var edges = new List<(Edge Edge, RouteEdge Route)>();
        foreach (var route in routes.Edges)
        {
            var edge = new Edge(nodes[route.From], nodes[route.To]);
            edge.Label = new Label((route.Label.Length * Advance) + 6, FontSize + 4, edge);
            edge.EdgeGeometry.TargetArrowhead = new Arrowhead();
            nodes[route.From].AddOutEdge(edge);
            nodes[route.To].AddInEdge(edge);
            graph.Edges.Add(edge);
            edges.Add((edge, route));
        }

        var settings = new SugiyamaLayoutSettings
        {
            LayerSeparation = 70,
            NodeSeparation = 24,
            // Left to right: MSAGL lays layers top-down; rotating the plane a quarter turn makes the flow read like text.
            Transformation = PlaneTransformation.Rotation(Math.PI / 2),
        };
        settings.EdgeRoutingSettings.EdgeRoutingMode = EdgeRoutingMode.SugiyamaSplines;
        if (graph.Nodes.Count > 0)
        {
            LayoutHelpers.CalculateLayout(graph, settings, null);
        }

        var box = graph.Nodes.Count > 0 ? graph.BoundingBox : new Rectangle(0, 0, 1, 1);
        var width = box.Width + (2 * Margin);
        var height = box.Height + (2 * Margin);
        string X(double x) => Format(x - box.Left + Margin);
        string Y(double y) => Format(box.Top - y + Margin);

        var svg = new StringBuilder();
        if (standalone)
        {
            svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ft-routes\" width=\"").Append(Format(width)).Append("\" height=\"").Append(Format(height))
            .Append("\" viewBox=\"0 0 ").Append(Format(width)).Append(' ').Append(Format(height)).Append("\" role=\"img\" aria-label=\"Routes between the screens\">");
        svg.Append("<style>.ft-r-node rect{fill:#fff;stroke:#54656f;stroke-width:1.2}.ft-r-entry rect{stroke:#008069;stroke-width:2.5}.ft-r-terminal rect{fill:#e7f6f1}")
            .Append(".ft-r-completion rect{fill:#d9fdd3;stroke:#008069}.ft-r-node text,.ft-r-label{font-family:'DejaVu Sans Mono',monospace;font-size:12px;fill:#111b21}")
            .Append(".ft-r-tag{font-size:10px!important;fill:#008069!important}.ft-r-edge path{fill:none;stroke:#54656f;stroke-width:1.2}.ft-r-edge polygon{fill:#54656f}")
            .Append(".ft-r-edge.ft-r-data_exchange path{stroke-dasharray:5 3}.ft-r-edge.ft-r-complete path{stroke:#008069}.ft-r-edge.ft-r-complete polygon{fill:#008069}")
            .Append(".ft-r-edge.ft-r-route path{stroke:#aebac1;stroke-dasharray:2 3}.ft-r-label{fill:#54656f}.ft-r-hint{fill:#54656f!important}</style>");

        foreach (var (edge, route) in edges)
        {
            svg.Append("<g class=\"ft-r-edge ft-r-").Append(route.Label).Append("\" data-ft-edge=\"").Append(Html.Escape(route.From)).Append(" -> ").Append(Html.Escape(route.To))
                .Append("\" data-ft-kind=\"").Append(route.Label).Append("\"><path d=\"").Append(PathData(edge.Curve, X, Y)).Append("\"/>");
            if (edge.Curve is not null && edge.EdgeGeometry.TargetArrowhead is { } arrow)
            {
                svg.Append(Arrow(edge.Curve.End, arrow.TipPosition, X, Y));
            }

            var label = edge.Label.Center;
            svg.Append("<text class=\"ft-r-label\" x=\"").Append(X(label.X)).Append("\" y=\"").Append(Y(label.Y - 4)).Append("\" text-anchor=\"middle\">").Append(Html.Escape(route.Label)).Append("</text></g>");
        }

        foreach (var route in routes.Nodes)
        {
            var node = nodes[route.Id];
            var b = node.BoundingBox;
            var classes = "ft-r-node" + (route.Kind == RouteNodeKind.Completion ? " ft-r-completion" : string.Empty) + (route.Entry ? " ft-r-entry" : string.Empty) + (route.Terminal ? " ft-r-terminal" : string.Empty);
            svg.Append("<g class=\"").Append(classes).Append("\" data-ft-node=\"").Append(Html.Escape(route.Id)).Append("\"")
                .Append(route.Kind == RouteNodeKind.Screen ? " data-ft-goto=\"" + Html.Escape(route.Id) + "\"" : string.Empty)
                .Append(route.Hint is { } hint ? " data-ft-hint=\"" + hint.Id + "\"" : string.Empty).Append('>');
            if (route.Hint is { } message)
            {
                svg.Append("<title>").Append(message.Id).Append(": ").Append(Html.Escape(message.GetMessage(CultureInfo.InvariantCulture))).Append("</title>");
            }

            var radius = route.Kind == RouteNodeKind.Completion ? CompletionRadius(b.Height) : 6;
            svg.Append("<rect x=\"").Append(X(b.Left)).Append("\" y=\"").Append(Y(b.Top)).Append("\" width=\"").Append(Format(b.Width)).Append("\" height=\"").Append(Format(b.Height))
                .Append("\" rx=\"").Append(Format(radius)).Append("\"/>");
            var lines = Lines(route);
            var top = b.Top - 7 - FontSize;
            for (var i = 0; i < lines.Count; i++)
            {
                var tag = i > 0 && route.Kind == RouteNodeKind.Screen && i == lines.Count - 1 && (route.Entry || route.Terminal);
                var hintLine = i > 0 && route.Kind == RouteNodeKind.Completion;
                svg.Append("<text x=\"").Append(X(b.Center.X)).Append("\" y=\"").Append(Y(top - (i * (FontSize + 4)))).Append("\" text-anchor=\"middle\"")
                    .Append(tag ? " class=\"ft-r-tag\"" : hintLine ? " class=\"ft-r-hint\"" : string.Empty).Append('>').Append(Html.Escape(lines[i])).Append("</text>");
            }

            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Node text: the screen id, its title, and what it is (entry, terminal); or the completion record.</summary>
    private static List<string> Lines(RouteNode node)
    {
        if (node.Kind == RouteNodeKind.Completion)
        {
            var completion = new List<string> { "✓ " + node.Title };
            if (node.Hint is { } hint)
            {
                // FT1071 ends with the declaration to write: "... Declare it once: [FlowCompletion("x")] public partial record XCompletion(...)."
                var message = hint.GetMessage(CultureInfo.InvariantCulture);
                var declare = message.IndexOf(DeclareItOnce, StringComparison.Ordinal);
                completion.Add(hint.Id + " (" + hint.Severity.ToString().ToLowerInvariant() + "): no typed completion; declare it:");
                if (declare >= 0)
                {
                    var declaration = message[(declare + DeclareItOnce.Length)..].TrimEnd('.');
                    var split = declaration.IndexOf("] ", StringComparison.Ordinal);
                    completion.AddRange(split < 0 ? new[] { declaration } : new[] { declaration[..(split + 1)], declaration[(split + 2)..] });
                }
            }

            return completion;
        }

        var lines = new List<string> { node.Id };
        if (!string.IsNullOrWhiteSpace(node.Title) && node.Title != node.Id)
        {
            lines.Add(node.Title!.Length > 28 ? node.Title[..27] + "…" : node.Title);
        }

        var tags = (node.Entry ? "▶ entry" : string.Empty) + (node.Entry && node.Terminal ? " · " : string.Empty) + (node.Terminal ? "■ terminal" : string.Empty);
        if (tags.Length > 0)
        {
            lines.Add(tags);
        }

        return lines;
    }

    /// <summary>A one-line completion node is a pill; one with a hint keeps the pill's corners, so its lines are not clipped.</summary>
    private static double CompletionRadius(double height) => Math.Min(height, FontSize + 4 + 14) / 2;

    private static string PathData(ICurve? curve, Func<double, string> x, Func<double, string> y)
    {
        if (curve is null)
        {
            return string.Empty;
        }

        var segments = curve is Curve composite ? composite.Segments : (IEnumerable<ICurve>)new[] { curve };
        var data = new StringBuilder();
        var first = true;
        foreach (var segment in segments)
        {
            if (first)
            {
                data.Append('M').Append(x(segment.Start.X)).Append(',').Append(y(segment.Start.Y));
                first = false;
            }

            if (segment is CubicBezierSegment bezier)
            {
                data.Append(" C").Append(x(bezier.B(1).X)).Append(',').Append(y(bezier.B(1).Y)).Append(' ')
                    .Append(x(bezier.B(2).X)).Append(',').Append(y(bezier.B(2).Y)).Append(' ')
                    .Append(x(bezier.B(3).X)).Append(',').Append(y(bezier.B(3).Y));
            }
            else if (segment is LineSegment)
            {
                data.Append(" L").Append(x(segment.End.X)).Append(',').Append(y(segment.End.Y));
            }
            else
            {
                // Arcs and other curves: sampled finely enough to look smooth at this scale.
                for (var i = 1; i <= 16; i++)
                {
                    var p = segment[segment.ParStart + ((segment.ParEnd - segment.ParStart) * i / 16)];
                    data.Append(" L").Append(x(p.X)).Append(',').Append(y(p.Y));
                }
            }
        }

        return data.ToString();
    }

    private static string Arrow(Point start, Point tip, Func<double, string> x, Func<double, string> y)
    {
        var direction = tip - start;
        var length = direction.Length;
        if (length < 1e-6)
        {
            return string.Empty;
        }

        var normal = new Point(-direction.Y, direction.X) * (3.5 / length);
        var a = start + normal;
        var b = start - normal;
        return "<polygon points=\"" + x(tip.X) + "," + y(tip.Y) + " " + x(a.X) + "," + y(a.Y) + " " + x(b.X) + "," + y(b.Y) + "\"/>";
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
