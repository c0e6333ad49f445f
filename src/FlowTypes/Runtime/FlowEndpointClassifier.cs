using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FlowTypes.Endpoints;

namespace FlowTypes.Runtime;

/// <summary>
/// The request table behind a generated endpoint handler: which of the flow's request kinds a decrypted request is,
/// so the handler can call the method typed for it. <c>INIT</c> and <c>BACK</c> are told by the action and the screen;
/// a screen's only <c>data_exchange</c> takes any data (its reader reports what does not match the flow); the
/// <c>data_exchange</c> actions of a screen with several are told apart in one pass over the top-level keys of the
/// data, without allocating: an action matches when every key it always sends is there, no key only the others send is
/// there, and each static value it sends has that value (the flow file guarantees that at most one matches, FT1070).
/// Not intended to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FlowEndpointClassifier
{
    private readonly int _init = -1;
    private readonly Dictionary<string, int> _backs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScreenActions> _exchanges = new(StringComparer.Ordinal);

    /// <summary>Creates the table of a flow's request kinds. Called by generated code.</summary>
    /// <param name="kinds">The request kinds; <see cref="Classify"/> answers with an index into this array.</param>
    /// <exception cref="ArgumentException">A kind is listed twice (<c>INIT</c>, or <c>BACK</c> from one screen).</exception>
    public FlowEndpointClassifier(FlowEndpointRequestKind[] kinds)
    {
        if (kinds is null)
        {
            throw new ArgumentNullException(nameof(kinds));
        }

        var exchanges = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i].Action)
            {
                case FlowEndpointActions.Init when _init < 0:
                    _init = i;
                    break;
                case FlowEndpointActions.Back when !_backs.ContainsKey(kinds[i].Screen!):
                    _backs.Add(kinds[i].Screen!, i);
                    break;
                case FlowEndpointActions.DataExchange:
                    if (!exchanges.TryGetValue(kinds[i].Screen!, out var actions))
                    {
                        exchanges.Add(kinds[i].Screen!, actions = new List<int>());
                    }

                    actions.Add(i);
                    break;
                default:
                    throw new ArgumentException($"Request kind {i} ({kinds[i].Action ?? "none"} {kinds[i].Screen}) is listed twice or not at all.", nameof(kinds));
            }
        }

        foreach (var screen in exchanges)
        {
            _exchanges.Add(screen.Key, new ScreenActions(kinds, screen.Value));
        }
    }

    /// <summary>The index of the request's kind in the table, or -1 when the flow sends no such request.</summary>
    /// <param name="request">The decrypted request.</param>
    public int Classify(FlowEndpointRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        switch (request.Action)
        {
            case FlowEndpointActions.Init:
                return _init;
            case FlowEndpointActions.Back:
                return request.Screen is { } back && _backs.TryGetValue(back, out var index) ? index : -1;
            case FlowEndpointActions.DataExchange:
                return request.Screen is { } screen && _exchanges.TryGetValue(screen, out var actions) ? actions.Classify(FlowEndpointJson.DataOf(request)) : -1;
            default:
                return -1;
        }
    }

    /// <summary>The <c>data_exchange</c> actions of one screen.</summary>
    private sealed class ScreenActions
    {
        private readonly int _only = -1;
        private readonly FlowKeyTable? _keys;
        private readonly Literal[] _literals = new Literal[0];
        private readonly int[][] _literalsByKey = new int[0][];
        private readonly ExchangeAction[] _actions = new ExchangeAction[0];

        public ScreenActions(FlowEndpointRequestKind[] kinds, List<int> indexes)
        {
            if (indexes.Count == 1)
            {
                _only = indexes[0];
                return;
            }

            // The keys of every action of the screen, each once, in the order the actions list them.
            var names = new List<string>();
            foreach (var index in indexes)
            {
                foreach (var key in kinds[index].Keys)
                {
                    if (!names.Contains(key.Name))
                    {
                        names.Add(key.Name);
                    }
                }
            }

            _keys = new FlowKeyTable(names.ToArray());
            var literals = new List<Literal>();
            var byKey = new List<int>[names.Count];
            _actions = new ExchangeAction[indexes.Count];
            for (var a = 0; a < indexes.Count; a++)
            {
                var keys = kinds[indexes[a]].Keys;
                var present = new List<int>();
                var own = new List<int>();
                var values = new List<int>();
                foreach (var key in keys)
                {
                    var k = names.IndexOf(key.Name);
                    if (own.Contains(k))
                    {
                        continue; // a key listed twice keeps its first description, as the payload does
                    }

                    own.Add(k);
                    if (key.Value != FlowExchangeValue.Optional)
                    {
                        present.Add(k);
                    }

                    if (key.Value is FlowExchangeValue.String or FlowExchangeValue.Number or FlowExchangeValue.True or FlowExchangeValue.False)
                    {
                        values.Add(literals.Count);
                        (byKey[k] ??= new List<int>()).Add(literals.Count);
                        literals.Add(new Literal(key));
                    }
                }

                var absent = new List<int>();
                for (var k = 0; k < names.Count; k++)
                {
                    if (!own.Contains(k))
                    {
                        absent.Add(k);
                    }
                }

                _actions[a] = new ExchangeAction(indexes[a], present.ToArray(), absent.ToArray(), values.ToArray());
            }

            _literals = literals.ToArray();
            _literalsByKey = new int[names.Count][];
            for (var k = 0; k < names.Count; k++)
            {
                _literalsByKey[k] = byKey[k]?.ToArray() ?? new int[0];
            }
        }

        public int Classify(ReadOnlySpan<byte> data)
        {
            if (_only >= 0)
            {
                return _only;
            }

            var count = _keys!.Count + _literals.Length;
            var seen = count <= 256 ? stackalloc bool[count] : new bool[count];
            var hits = seen.Slice(_keys.Count);
            var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = FlowParseOptions.Default.MaxDepth });
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return -1;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var k = _keys.IndexOf(ref reader, -1);
                    reader.Read();
                    if (k >= 0)
                    {
                        seen[k] = true;
                        foreach (var l in _literalsByKey[k])
                        {
                            hits[l] = _literals[l].Matches(ref reader);
                        }
                    }

                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                return -1;
            }

            foreach (var action in _actions)
            {
                if (action.Matches(seen, hits))
                {
                    return action.Index;
                }
            }

            return -1;
        }
    }

    /// <summary>One data_exchange of a screen with several: the keys it always sends, the keys only the others send, its static values.</summary>
    private sealed class ExchangeAction
    {
        private readonly int[] _present;
        private readonly int[] _absent;
        private readonly int[] _literals;

        public ExchangeAction(int index, int[] present, int[] absent, int[] literals)
        {
            Index = index;
            _present = present;
            _absent = absent;
            _literals = literals;
        }

        public int Index { get; }

        public bool Matches(ReadOnlySpan<bool> seen, ReadOnlySpan<bool> hits)
        {
            foreach (var k in _present)
            {
                if (!seen[k])
                {
                    return false;
                }
            }

            foreach (var k in _absent)
            {
                if (seen[k])
                {
                    return false;
                }
            }

            foreach (var l in _literals)
            {
                if (!hits[l])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A static value of a payload key: a string compared as text, a number by its value, or a boolean.</summary>
    private sealed class Literal
    {
        private readonly FlowExchangeValue _kind;
        private readonly byte[] _utf8;
        private readonly decimal? _number;

        public Literal(FlowExchangeKey key)
        {
            _kind = key.Value;
            _utf8 = key.Literal is null ? new byte[0] : Encoding.UTF8.GetBytes(key.Literal);
            _number = key.Value == FlowExchangeValue.Number && decimal.TryParse(key.Literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        public bool Matches(ref Utf8JsonReader reader) => _kind switch
        {
            FlowExchangeValue.String => reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(_utf8),
            FlowExchangeValue.Number => reader.TokenType == JsonTokenType.Number && (_number is { } number
                ? reader.TryGetDecimal(out var value) && value == number
                : !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(_utf8)),
            FlowExchangeValue.True => reader.TokenType == JsonTokenType.True,
            _ => reader.TokenType == JsonTokenType.False,
        };
    }
}
