using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// The reader behind the generated <c>FlowRouter</c>: one pass over the top-level keys of a <c>responseJson</c>
/// (no allocation for up to 256 distinct keys) decides which flow's submission it is, then that type's reader runs on
/// the same bytes. A route is chosen by the <c>FlowTokenPrefix</c> of its file when the <c>flow_token</c> starts with
/// it, otherwise by the keys: every key the type always carries must be present, and the type matching the most keys
/// wins (the smaller type on a tie, then the earlier one). Not intended to be used directly.
/// </summary>
/// <typeparam name="TKind">The generated <c>FlowSubmissionKind</c> enum (its default value is <c>None</c>).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FlowRouterReader<TKind> : FlowReader<IFlowSubmission>
    where TKind : struct
{
    private static readonly byte[] FlowTokenKey = Encoding.UTF8.GetBytes("flow_token");

    private readonly FlowRoute<TKind>[] _routes;
    private readonly FlowKeyTable _keys;
    private readonly int[][] _routeKeys;
    private readonly int[][] _requiredKeys;
    private readonly byte[]?[] _prefixes; // by flow index
    private readonly bool _hasPrefixes;

    /// <summary>Creates the router over the project's submission types. Called by generated code.</summary>
    public FlowRouterReader(FlowRoute<TKind>[] routes)
    {
        _routes = routes ?? throw new ArgumentNullException(nameof(routes));
        var names = new System.Collections.Generic.List<string>();
        var index = new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
        _routeKeys = new int[routes.Length][];
        _requiredKeys = new int[routes.Length][];
        var flows = 0;
        for (var r = 0; r < routes.Length; r++)
        {
            var fields = routes[r].Fields;
            var all = new int[fields.Length];
            var required = new System.Collections.Generic.List<int>();
            for (var f = 0; f < fields.Length; f++)
            {
                if (!index.TryGetValue(fields[f].JsonName, out var k))
                {
                    k = names.Count;
                    index.Add(fields[f].JsonName, k);
                    names.Add(fields[f].JsonName);
                }

                all[f] = k;
                if (fields[f].Required)
                {
                    required.Add(k);
                }
            }

            _routeKeys[r] = all;
            _requiredKeys[r] = required.ToArray();
            flows = Math.Max(flows, routes[r].Flow + 1);
        }

        _keys = new FlowKeyTable(names.ToArray());
        _prefixes = new byte[flows][];
        foreach (var route in routes)
        {
            if (route.TokenPrefix is { } prefix)
            {
                _prefixes[route.Flow] = Encoding.UTF8.GetBytes(prefix);
                _hasPrefixes = true;
            }
        }
    }

    /// <summary>Which submission type UTF-8 <c>responseJson</c> bytes match, without parsing them into it.</summary>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public TKind Identify(ReadOnlySpan<byte> utf8ResponseJson) => Identify(utf8ResponseJson, 64) is var route && route >= 0 ? _routes[route].Kind : default;

    private protected override bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out IFlowSubmission? value, out FlowParseError? error)
    {
        value = null;
        int route;
        try
        {
            route = Identify(json, options.MaxDepth);
        }
        catch (JsonException exception)
        {
            error = FlowParseErrors.InvalidJson(pathPrefix, exception);
            return false;
        }

        if (route < 0)
        {
            error = new FlowParseError(FlowParseErrorKind.NotAFlowSubmission, pathPrefix + "$", "The payload matches none of the project's flows: no flow's required keys are all present.");
            return false;
        }

        return _routes[route].Reader.TryRead(json, options, pathPrefix, out value, out error);
    }

    /// <summary>The index of the chosen route, or -1.</summary>
    private int Identify(ReadOnlySpan<byte> json, int maxDepth)
    {
        var present = _keys.Count <= 256 ? stackalloc bool[_keys.Count] : new bool[_keys.Count];
        var tokenFlow = -1;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (_hasPrefixes && reader.ValueTextEquals(FlowTokenKey))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
                {
                    for (var f = 0; f < _prefixes.Length && tokenFlow < 0; f++)
                    {
                        if (_prefixes[f] is { } prefix && reader.ValueSpan.StartsWith(prefix))
                        {
                            tokenFlow = f;
                        }
                    }
                }

                reader.Skip();
                continue;
            }

            var index = _keys.IndexOf(ref reader, -1);
            if (index >= 0)
            {
                present[index] = true;
            }

            reader.Read();
            reader.Skip();
        }

        var best = -1;
        var bestScore = -1;
        var bestSize = int.MaxValue;
        for (var r = 0; r < _routes.Length; r++)
        {
            if (tokenFlow >= 0 && _routes[r].Flow != tokenFlow)
            {
                continue;
            }

            if (!AllPresent(present, _requiredKeys[r]))
            {
                continue;
            }

            var score = 0;
            foreach (var k in _routeKeys[r])
            {
                score += present[k] ? 1 : 0;
            }

            var size = _routeKeys[r].Length;
            if (score > bestScore || (score == bestScore && size < bestSize))
            {
                best = r;
                bestScore = score;
                bestSize = size;
            }
        }

        return best;
    }

    private static bool AllPresent(ReadOnlySpan<bool> present, int[] keys)
    {
        foreach (var k in keys)
        {
            if (!present[k])
            {
                return false;
            }
        }

        return true;
    }
}
