using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

/// <summary>
/// A strict RFC 8259 JSON reader over source text that records the character span of every node.
/// It never throws: malformed input yields a <see cref="JsonSyntaxError"/> with the span of the offending text.
/// </summary>
/// <remarks>
/// Written for compile-time use: the analyzer must not load System.Text.Json (hosts ship different versions),
/// and diagnostics need character positions in the file rather than UTF-8 byte offsets.
/// </remarks>
internal sealed class JsonReader
{
    /// <summary>Deeper documents are rejected rather than risking the compiler's stack.</summary>
    public const int MaxDepth = 128;

    private readonly string _text;
    private int _position;
    private JsonSyntaxError? _error;
    private readonly StringBuilder _scratch = new();

    private JsonReader(string text) => _text = text;

    public static JsonParseResult Parse(string text)
    {
        var reader = new JsonReader(text);
        var root = reader.ParseDocument();
        return reader._error is { } error ? new JsonParseResult(null, error) : new JsonParseResult(root, null);
    }

    private JsonNode? ParseDocument()
    {
        // A byte-order mark decoded as U+FEFF is not JSON whitespace but is harmless at the start of a file.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            return Fail("The file is empty; a flow file must contain one JSON object", new TextSpan(0, 0));
        }

        var root = ParseValue(0);
        if (root is null)
        {
            return null;
        }

        SkipWhitespace();
        if (_position < _text.Length)
        {
            return Fail($"Unexpected text '{Describe(_position)}' after the end of the JSON document; remove it", TokenSpan(_position));
        }

        return root;
    }

    private JsonNode? ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail($"JSON nesting is deeper than {MaxDepth} levels; flatten the document", TokenSpan(_position));
        }

        if (_position >= _text.Length)
        {
            return Fail("Unexpected end of file; a JSON value is missing (is a closing bracket or brace missing?)", EndSpan());
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
                return ParseString();
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                return Fail($"Unexpected character '{Describe(_position)}'; expected a JSON value (object, array, string, number, true, false or null)", TokenSpan(_position));
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        var start = _position;
        _position++; // {
        var properties = ImmutableArray.CreateBuilder<JsonProperty>();
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == '}')
        {
            _position++;
            return new JsonObject(TextSpan.FromBounds(start, _position), properties.ToImmutable());
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                return Fail("Unexpected end of file inside an object; add the closing '}'", EndSpan());
            }

            if (_text[_position] != '"')
            {
                var message = _text[_position] == '}'
                    ? "Trailing comma before '}'; remove the comma"
                    : $"Expected a property name in double quotes but found '{Describe(_position)}'";
                return Fail(message, TokenSpan(_position));
            }

            var nameStart = _position;
            var name = ReadStringValue();
            if (name is null)
            {
                return null;
            }

            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                return Fail($"Expected ':' after property name \"{name}\"", _position >= _text.Length ? EndSpan() : TokenSpan(_position));
            }

            _position++;
            SkipWhitespace();
            var value = ParseValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonProperty(name, nameSpan, value));
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                return Fail("Unexpected end of file inside an object; add the closing '}'", EndSpan());
            }

            var next = _text[_position];
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                return new JsonObject(TextSpan.FromBounds(start, _position), properties.ToImmutable());
            }

            return Fail($"Expected ',' or '}}' after the value of \"{name}\" but found '{Describe(_position)}' (is a comma missing?)", TokenSpan(_position));
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        var start = _position;
        _position++; // [
        var items = ImmutableArray.CreateBuilder<JsonNode>();
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == ']')
        {
            _position++;
            return new JsonArray(TextSpan.FromBounds(start, _position), items.ToImmutable());
        }

        while (true)
        {
            SkipWhitespace();
            if (_position < _text.Length && _text[_position] == ']')
            {
                return Fail("Trailing comma before ']'; remove the comma", TokenSpan(_position));
            }

            var item = ParseValue(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                return Fail("Unexpected end of file inside an array; add the closing ']'", EndSpan());
            }

            var next = _text[_position];
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                return new JsonArray(TextSpan.FromBounds(start, _position), items.ToImmutable());
            }

            return Fail($"Expected ',' or ']' in array but found '{Describe(_position)}' (is a comma missing?)", TokenSpan(_position));
        }
    }

    private JsonNode? ParseString()
    {
        var start = _position;
        var value = ReadStringValue();
        return value is null ? null : new JsonString(TextSpan.FromBounds(start, _position), value);
    }

    /// <summary>Reads a quoted string starting at the current '"'; returns null after recording an error.</summary>
    private string? ReadStringValue()
    {
        var start = _position;
        _position++; // opening quote
        _scratch.Clear();
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _scratch.Append(_text, runStart, _position - runStart);
                _position++;
                return _scratch.ToString();
            }

            if (c == '\\')
            {
                _scratch.Append(_text, runStart, _position - runStart);
                if (!ReadEscape())
                {
                    return null;
                }

                runStart = _position;
                continue;
            }

            if (c < ' ')
            {
                var what = c == '\n' || c == '\r' ? "a line break" : $"control character U+{(int)c:X4}";
                Fail($"The string contains {what}; escape it (for example \\n) or close the string with '\"'", new TextSpan(_position, 1));
                return null;
            }

            _position++;
        }

        Fail("Unterminated string; add the closing '\"'", TextSpan.FromBounds(start, _text.Length));
        return null;
    }

    private bool ReadEscape()
    {
        var escapeStart = _position;
        _position++; // backslash
        if (_position >= _text.Length)
        {
            Fail("Unterminated escape sequence at end of file", TextSpan.FromBounds(escapeStart, _text.Length));
            return false;
        }

        var c = _text[_position];
        _position++;
        switch (c)
        {
            case '"': _scratch.Append('"'); return true;
            case '\\': _scratch.Append('\\'); return true;
            case '/': _scratch.Append('/'); return true;
            case 'b': _scratch.Append('\b'); return true;
            case 'f': _scratch.Append('\f'); return true;
            case 'n': _scratch.Append('\n'); return true;
            case 'r': _scratch.Append('\r'); return true;
            case 't': _scratch.Append('\t'); return true;
            case 'u':
                if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    Fail("Invalid \\u escape; it must be followed by exactly four hexadecimal digits", TextSpan.FromBounds(escapeStart, System.Math.Min(_text.Length, _position + 4)));
                    return false;
                }

                // Lone surrogates are kept as-is (JSON allows them syntactically); consumers decide what they mean.
                _scratch.Append((char)code);
                _position += 4;
                return true;
            default:
                Fail($"Invalid escape sequence '\\{c}'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", TextSpan.FromBounds(escapeStart, _position));
                return false;
        }
    }

    private JsonNode? ParseNumber()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (_position >= _text.Length || !IsDigit(_text[_position]))
        {
            return Fail("Invalid number; a digit must follow '-'", TextSpan.FromBounds(start, System.Math.Min(_text.Length, _position + 1)));
        }

        if (_text[_position] == '0' && _position + 1 < _text.Length && IsDigit(_text[_position + 1]))
        {
            return Fail("Invalid number; JSON numbers cannot have leading zeros", ScanToken(start));
        }

        SkipDigits();
        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            if (_position >= _text.Length || !IsDigit(_text[_position]))
            {
                return Fail("Invalid number; a digit must follow the decimal point", ScanToken(start));
            }

            SkipDigits();
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (_position < _text.Length && (_text[_position] == '+' || _text[_position] == '-'))
            {
                _position++;
            }

            if (_position >= _text.Length || !IsDigit(_text[_position]))
            {
                return Fail("Invalid number; the exponent needs at least one digit", ScanToken(start));
            }

            SkipDigits();
        }

        var text = _text.Substring(start, _position - start);
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        return new JsonNumber(TextSpan.FromBounds(start, _position), text, value);
    }

    private JsonNode? ParseLiteral(string literal, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) == 0
            && (_position + literal.Length >= _text.Length || !char.IsLetterOrDigit(_text[_position + literal.Length])))
        {
            _position += literal.Length;
            return new JsonLiteral(new TextSpan(start, literal.Length), kind);
        }

        var span = ScanToken(start);
        return Fail($"Unexpected token '{_text.Substring(span.Start, span.Length)}'; expected a JSON value (strings need double quotes)", span);
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                _position++;
                continue;
            }

            if (c == '/' && _position + 1 < _text.Length && (_text[_position + 1] == '/' || _text[_position + 1] == '*'))
            {
                // Comments are not JSON; Meta rejects them. Report rather than skip.
                Fail("Comments are not allowed in JSON; remove the comment", new TextSpan(_position, 2));
                _position = _text.Length;
                return;
            }

            return;
        }
    }

    private void SkipDigits()
    {
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>The span of the word-like token starting at <paramref name="start"/> (for messages about bad tokens).</summary>
    private TextSpan ScanToken(int start)
    {
        var end = start;
        while (end < _text.Length && end - start < 40)
        {
            var c = _text[end];
            if (c == ',' || c == '}' || c == ']' || c == ':' || c == '"' || char.IsWhiteSpace(c))
            {
                break;
            }

            end++;
        }

        return TextSpan.FromBounds(start, System.Math.Max(end, start + 1 <= _text.Length ? start + 1 : start));
    }

    private TextSpan TokenSpan(int position) => position >= _text.Length ? EndSpan() : new TextSpan(position, 1);

    private TextSpan EndSpan() => new(_text.Length, 0);

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "end of file";
        }

        var c = _text[position];
        return c < ' ' ? $"U+{(int)c:X4}" : c.ToString();
    }

    private JsonNode? Fail(string message, TextSpan span)
    {
        // Keep the first error only: later ones are usually consequences of it.
        _error ??= new JsonSyntaxError(message, span);
        return null;
    }
}
