using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace FlowTypes.Runtime;

/// <summary>
/// The reader behind the generated <c>FlowRouter</c>. A route is chosen by the <c>FlowTokenPrefix</c> of its file when
/// the <c>flow_token</c> starts with it, otherwise by the keys: every key the type always carries must be present, and
/// the type matching the most keys wins (the smaller type on a tie, then the earlier one). Parsing takes one pass in
/// the common case: a likely route (the only route with the payload's first key, else the last route chosen) reads the
/// payload and reports which keys it saw, and that is enough to apply the rule; only when the rule picks another
/// route (or the likely one fails) does <see cref="Identify(ReadOnlySpan{byte})"/> decide over the keys and the chosen
/// route read again. <c>Identify</c> alone allocates nothing for up to 256 distinct keys. Not intended to be used directly.
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
    private readonly string?[] _prefixTexts; // by flow index
    private readonly bool _hasPrefixes;
    private readonly System.Collections.Generic.Dictionary<string, int> _keyIndex;
    private readonly int[] _onlyRouteOfKey; // the one route that has the key, or -1
    private readonly byte[]?[] _leadKeys; // by route: its first key when no other route has it (a payload's usual first key)
    private readonly int[][] _requiredFields; // by route: the field positions of its required keys
    private readonly int[][] _tieRivals; // by route: the routes that could tie with it on its own keys and win the tie
    private readonly int _maxFields;
    private int _lastRoute;

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
        _keyIndex = index;
        _onlyRouteOfKey = new int[names.Count];
        for (var k = 0; k < _onlyRouteOfKey.Length; k++)
        {
            _onlyRouteOfKey[k] = -1;
        }

        var routesOfKey = new int[names.Count];
        for (var r = 0; r < routes.Length; r++)
        {
            _maxFields = Math.Max(_maxFields, _routeKeys[r].Length);
            foreach (var k in _routeKeys[r])
            {
                routesOfKey[k]++;
                _onlyRouteOfKey[k] = routesOfKey[k] == 1 ? r : -1;
            }
        }

        // When every key present is the likely route's own, another route is chosen only if its required keys are among
        // them, it matches every key present, and it wins the tie: smaller, or as large and earlier.
        _requiredFields = new int[routes.Length][];
        _tieRivals = new int[routes.Length][];
        for (var r = 0; r < routes.Length; r++)
        {
            var requiredFields = new System.Collections.Generic.List<int>();
            for (var f = 0; f < routes[r].Fields.Length; f++)
            {
                if (routes[r].Fields[f].Required)
                {
                    requiredFields.Add(f);
                }
            }

            _requiredFields[r] = requiredFields.ToArray();
            var own = new System.Collections.Generic.HashSet<int>(_routeKeys[r]);
            var rivals = new System.Collections.Generic.List<int>();
            for (var other = 0; other < routes.Length; other++)
            {
                var size = _routeKeys[other].Length;
                var winsTie = size < _routeKeys[r].Length || (size == _routeKeys[r].Length && other < r);
                if (other != r && winsTie && Array.TrueForAll(_requiredKeys[other], own.Contains))
                {
                    rivals.Add(other);
                }
            }

            _tieRivals[r] = rivals.ToArray();
        }

        _leadKeys = new byte[routes.Length][];
        for (var r = 0; r < routes.Length; r++)
        {
            if (_routeKeys[r].Length > 0 && _onlyRouteOfKey[_routeKeys[r][0]] == r)
            {
                _leadKeys[r] = Encoding.UTF8.GetBytes(routes[r].Fields[0].JsonName);
            }
        }

        _prefixes = new byte[flows][];
        _prefixTexts = new string[flows];
        foreach (var route in routes)
        {
            if (route.TokenPrefix is { } prefix)
            {
                _prefixes[route.Flow] = Encoding.UTF8.GetBytes(prefix);
                _prefixTexts[route.Flow] = prefix;
                _hasPrefixes = true;
            }
        }
    }

    /// <summary>Which submission type UTF-8 <c>responseJson</c> bytes match, without parsing them into it.</summary>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public TKind Identify(ReadOnlySpan<byte> utf8ResponseJson) => Identify(utf8ResponseJson, 64) is var route && route >= 0 ? _routes[route].Kind : default;

    private protected override bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out IFlowSubmission? value, out FlowParseError? error)
    {
        if (_routes.Length > 0 && TryReadLikelyRoute(json, options, pathPrefix, out value, out error))
        {
            return true;
        }

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

    /// <summary>
    /// The one-pass path: the likely route reads the payload, and the routing rule is applied to the keys it saw (its
    /// fields, and its extension data for keys of other routes). True when the rule picks that same route.
    /// </summary>
    private bool TryReadLikelyRoute(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out IFlowSubmission? value, out FlowParseError? error)
    {
        var likely = LikelyRoute(json, options.MaxDepth);
        var seen = _maxFields <= 256 ? stackalloc bool[_maxFields] : new bool[_maxFields];
        seen = seen.Slice(0, _routeKeys[likely].Length);
        if (!_routes[likely].Reader.TryReadObserved(json, options, pathPrefix, seen, out value, out error))
        {
            return false;
        }

        var tokenFlow = _hasPrefixes && value!.FlowToken is { } token ? TokenFlow(token) : -1;
        if (!HasKeyOfAnotherRoute(value!.ExtensionData)
            ? IsChosenAmongOwnKeys(likely, seen, tokenFlow)
            : Choose(PresentKeys(likely, seen, value.ExtensionData, stackalloc bool[_keys.Count <= 256 ? _keys.Count : 0]), tokenFlow) == likely)
        {
            if (_lastRoute != likely)
            {
                Volatile.Write(ref _lastRoute, likely); // written only when it changes: no shared write per call
            }
            return true;
        }

        value = null;
        return false;
    }

    private bool HasKeyOfAnotherRoute(System.Collections.Generic.IReadOnlyDictionary<string, JsonElement> extension)
    {
        if (extension.Count > 0)
        {
            foreach (var key in extension.Keys)
            {
                if (_keyIndex.ContainsKey(key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The routing rule when every key present is one of <paramref name="likely"/>'s own (<paramref name="seen"/> by
    /// its field positions). No route can then match more keys than it, so only a rival that matches all of them and
    /// wins the tie (smaller, or as large and earlier) can take its place.
    /// </summary>
    private bool IsChosenAmongOwnKeys(int likely, ReadOnlySpan<bool> seen, int tokenFlow)
    {
        if (!IsEligible(likely, tokenFlow) || !AllTrue(seen, _requiredFields[likely]))
        {
            return false;
        }

        var rivals = _tieRivals[likely];
        if (rivals.Length == 0)
        {
            return true;
        }

        var present = _keys.Count <= 256 ? stackalloc bool[_keys.Count] : new bool[_keys.Count];
        var count = 0;
        var keys = _routeKeys[likely];
        for (var f = 0; f < keys.Length; f++)
        {
            if (seen[f] && !present[keys[f]])
            {
                present[keys[f]] = true;
                count++;
            }
        }

        foreach (var rival in rivals)
        {
            if (IsEligible(rival, tokenFlow) && AllTrue(present, _requiredKeys[rival]) && Score(present, rival) == count)
            {
                return false;
            }
        }

        return true;
    }

    private Span<bool> PresentKeys(int likely, ReadOnlySpan<bool> seen, System.Collections.Generic.IReadOnlyDictionary<string, JsonElement> extension, Span<bool> scratch)
    {
        var present = scratch.Length == _keys.Count ? scratch : new bool[_keys.Count];
        var keys = _routeKeys[likely];
        for (var f = 0; f < keys.Length; f++)
        {
            present[keys[f]] |= seen[f];
        }

        foreach (var key in extension.Keys)
        {
            if (_keyIndex.TryGetValue(key, out var k))
            {
                present[k] = true;
            }
        }

        return present;
    }

    private bool IsEligible(int route, int tokenFlow) => tokenFlow < 0 || _routes[route].Flow == tokenFlow;

    private int Score(ReadOnlySpan<bool> present, int route)
    {
        var score = 0;
        foreach (var k in _routeKeys[route])
        {
            score += present[k] ? 1 : 0;
        }

        return score;
    }

    /// <summary>The string's text, or null when it has an invalid escape (the submission's reader reports that with its path).</summary>
    private static string? TryUnescape(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The flow whose <c>FlowTokenPrefix</c> the (unescaped UTF-8) token starts with, or -1.</summary>
    private int TokenFlow(ReadOnlySpan<byte> token)
    {
        for (var f = 0; f < _prefixes.Length; f++)
        {
            if (_prefixes[f] is { } prefix && token.StartsWith(prefix))
            {
                return f;
            }
        }

        return -1;
    }

    /// <summary>The flow whose <c>FlowTokenPrefix</c> the token starts with, or -1.</summary>
    private int TokenFlow(string token)
    {
        for (var f = 0; f < _prefixTexts.Length; f++)
        {
            if (_prefixTexts[f] is { } prefix && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return -1;
    }

    /// <summary>The only route whose keys include the payload's first key, else the route chosen last.</summary>
    private int LikelyRoute(ReadOnlySpan<byte> json, int maxDepth)
    {
        // Only a hint (the route's reader checks everything), so the common shape is read from the bytes: an object
        // whose first name has no escape. Anything else goes through the reader.
        var start = SkipWhitespace(json, 0);
        if (start < json.Length && json[start] == (byte)'{')
        {
            start = SkipWhitespace(json, start + 1);
            if (start < json.Length && json[start] == (byte)'"')
            {
                var rest = json.Slice(start + 1);
                var end = rest.IndexOfAny((byte)'"', (byte)'\\');
                if (end >= 0 && rest[end] == (byte)'"')
                {
                    // A payload lists its flow's keys in order: the last route's first key is compared before hashing.
                    var name = rest.Slice(0, end);
                    var last = Volatile.Read(ref _lastRoute);
                    if (_leadKeys[last] is { } lead && name.SequenceEqual(lead))
                    {
                        return last;
                    }

                    return _keys.IndexOf(name) is var key && key >= 0 && _onlyRouteOfKey[key] >= 0 ? _onlyRouteOfKey[key] : last;
                }
            }
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.TokenType == JsonTokenType.PropertyName
                && _keys.IndexOf(ref reader, -1) is var k && k >= 0 && _onlyRouteOfKey[k] >= 0)
            {
                return _onlyRouteOfKey[k];
            }
        }
        catch (JsonException)
        {
            // Malformed: the route's reader reports it with its path.
        }

        return Volatile.Read(ref _lastRoute);
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> json, int index)
    {
        while (index < json.Length && json[index] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            index++;
        }

        return index;
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
                if (reader.TokenType == JsonTokenType.String)
                {
                    tokenFlow = !reader.ValueIsEscaped ? TokenFlow(reader.ValueSpan) : TryUnescape(ref reader) is { } unescaped ? TokenFlow(unescaped) : -1;
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

        return Choose(present, tokenFlow);
    }

    /// <summary>The routing rule over the keys present (by index in the router's key table) and the flow the token names.</summary>
    private int Choose(ReadOnlySpan<bool> present, int tokenFlow)
    {
        var best = -1;
        var bestScore = -1;
        var bestSize = int.MaxValue;
        for (var r = 0; r < _routes.Length; r++)
        {
            if (tokenFlow >= 0 && _routes[r].Flow != tokenFlow)
            {
                continue;
            }

            if (!AllTrue(present, _requiredKeys[r]))
            {
                continue;
            }

            var score = Score(present, r);
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

    /// <summary>True when every one of <paramref name="indexes"/> is set in <paramref name="flags"/>.</summary>
    private static bool AllTrue(ReadOnlySpan<bool> flags, int[] indexes)
    {
        foreach (var k in indexes)
        {
            if (!flags[k])
            {
                return false;
            }
        }

        return true;
    }
}
