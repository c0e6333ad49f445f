using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows.Completions.Spec;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>
/// Decides what the flows of one compilation mean together, before anything is emitted: two files that map to one
/// type name (FT9002: the later path, ordinal, is skipped) and submissions the router cannot tell apart (FT9003).
/// Each diagnostic points at the second flow file: its first byte (FT9002) or the submission's complete payload (FT9003).
/// A <c>[FlowCompletion]</c> type is one more submission of the flow it names (its route has the flow's
/// <c>FlowTokenPrefix</c>); a flow that finishes through its endpoint without one gets FT1071 on the finishing action.
/// </summary>
internal static class FlowSetAnalysis
{
    public static FlowSetSpec Analyze(ImmutableArray<FlowSpec> flows, CancellationToken cancellationToken) =>
        Analyze(flows, ImmutableEquatableArray<CompletionDeclaration>.Empty, cancellationToken);

    public static FlowSetSpec Analyze(ImmutableArray<FlowSpec> flows, ImmutableEquatableArray<CompletionDeclaration> completions, CancellationToken cancellationToken)
    {
        var diagnostics = new List<FileDiagnostic>();
        var ordered = flows.OrderBy(f => f.Model.FilePath, System.StringComparer.Ordinal).ToList();

        // FT9002: within one type name, the first path keeps it and every later one is skipped.
        var skipped = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var group in ordered.GroupBy(f => f.Model.TypeBaseName, System.StringComparer.Ordinal))
        {
            var kept = group.First();
            foreach (var later in group.Skip(1))
            {
                skipped.Add(later.Model.FilePath);
                diagnostics.Add(new FileDiagnostic(DiagnosticDescriptors.DuplicateFlowTypeName, later.Sites.File, kept.Model.FilePath, later.Model.FilePath, group.Key + "Flow"));
            }
        }

        var routed = ordered.Where(f => !skipped.Contains(f.Model.FilePath)).ToList();
        var routes = routed.Select(f => ToRoute(f.Model, completions.FirstOrDefault(c => c.Names(f.Model.FilePath)))).ToImmutableEquatableArray();
        foreach (var flow in routed.Where(f => !completions.Any(c => c.Names(f.Model.FilePath))))
        {
            foreach (var site in flow.EndpointFinishSites)
            {
                diagnostics.Add(site.UntypedCompletion(flow.Model.FileName, flow.Model.TypeBaseName));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (first, second, submission, keys) in FindAmbiguities(routes))
        {
            // A declared completion comes after the flow's own submissions and has no complete payload: its place is the
            // Footer action that finishes through the endpoint.
            var later = routed[second];
            var site = submission < later.Sites.Submissions.Count
                ? later.Sites.Submissions[submission]
                : later.EndpointFinishSites.Count > 0 ? later.EndpointFinishSites[0].Location : later.Sites.File;
            diagnostics.Add(new FileDiagnostic(DiagnosticDescriptors.IndistinguishableSubmissions, site, routes[first].FileName, routes[second].FileName, keys));
        }

        return new FlowSetSpec(
            routes,
            skipped.OrderBy(p => p, System.StringComparer.Ordinal).ToImmutableEquatableArray(),
            diagnostics.ToImmutableEquatableArray());
    }

    private static RouteModel ToRoute(FlowModel flow, CompletionDeclaration? completion) => new(
        flow.FilePath,
        flow.FileName,
        flow.FlowTokenPrefix,
        flow.Submissions.Select(s => new RouteSubmission(s.TypeName, Keys(s.Fields)))
            .Concat(completion is null ? Enumerable.Empty<RouteSubmission>() : new[] { new RouteSubmission(completion.TypeName, Keys(completion.Fields), completion.QualifiedName) })
            .ToImmutableEquatableArray());

    private static ImmutableEquatableArray<RouteKey> Keys(ImmutableEquatableArray<FieldModel> fields) =>
        fields.Select(f => new RouteKey(f.JsonName, f.Required)).ToImmutableEquatableArray();

    /// <summary>
    /// The submissions the router cannot tell apart: (index of the route it picks, index of the later route, index of
    /// the later route's submission, the shared keys).
    /// </summary>
    private static IEnumerable<(int First, int Second, int Submission, string Keys)> FindAmbiguities(IReadOnlyList<RouteModel> routes)
    {
        // Submissions are grouped by their key set (linear, not pairwise). Within a group the router picks the earliest
        // submission it cannot tell apart, so each later submission is reported once, against that earliest one: n
        // identical flows give n - 1 warnings, not n(n - 1)/2. Two submissions are told apart only when both flows have
        // a FlowTokenPrefix and the prefixes differ. Routes are in router order (ordinal by path).
        var groups = new Dictionary<string, (int? FirstUnprefixed, Dictionary<string, int> FirstByPrefix, int First)>(System.StringComparer.Ordinal);
        for (var index = 0; index < routes.Count; index++)
        {
            var route = routes[index];
            for (var s = 0; s < route.Submissions.Count; s++)
            {
                var sortedKeys = route.Submissions[s].Keys.Select(k => k.JsonName).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
                var keys = sortedKeys.Count == 0 ? "no keys" : string.Join(", ", sortedKeys);
                if (!groups.TryGetValue(keys, out var group))
                {
                    group = (null, new Dictionary<string, int>(System.StringComparer.Ordinal), index);
                }
                else
                {
                    var earlier = route.TokenPrefix is null ? group.First : Earliest(group.FirstUnprefixed, group.FirstByPrefix.TryGetValue(route.TokenPrefix, out var samePrefix) ? samePrefix : null);
                    if (earlier is { } picked)
                    {
                        yield return (picked, index, s, keys);
                    }
                }

                if (route.TokenPrefix is null)
                {
                    group.FirstUnprefixed ??= index;
                }
                else if (!group.FirstByPrefix.ContainsKey(route.TokenPrefix))
                {
                    group.FirstByPrefix.Add(route.TokenPrefix, index);
                }

                groups[keys] = group;
            }
        }
    }

    /// <summary>The one of two routes that comes first in router order (either may be absent).</summary>
    private static int? Earliest(int? a, int? b) => a is null || b is null ? a ?? b : System.Math.Min(a.Value, b.Value);
}
