using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The grammar of Meta's nested expressions (Flow JSON reference, "Nested Expressions"; If component, "Supported
/// Operators"), as Meta's Flow Builder reads them: operands are quoted strings (<c>'…'</c> or <c>"…"</c>, <c>\</c>
/// escapes the next character), numbers, <c>true</c>/<c>false</c> and <c>${…}</c> references; operators, loosest first,
/// are <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* / %</c> and the prefixes
/// <c>! - +</c>; parentheses group; operands written side by side at the top level are joined into one string.
/// </summary>
internal static partial class FlowExpression
{
    /// <summary>Deeper nesting than this is reported rather than recursed into (the parser must never overflow the stack).</summary>
    private const int MaxNesting = 64;

    /// <summary>
    /// Parses the expression in <paramref name="value"/> from <paramref name="start"/> to <paramref name="end"/>
    /// (exclusive): the text between the backticks of a nested expression, or a whole If condition. Node positions and
    /// the error position are indexes into <paramref name="value"/>.
    /// </summary>
    public static FlowExpressionParseResult Parse(string value, int start, int end) => new ExpressionParser(value, start, end).Run();

    private sealed class ExpressionParser
    {
        private static readonly string[] Operators = { "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "=", "&", "|" };

        private readonly string _value;
        private readonly int _start;
        private readonly int _end;
        private int _position;
        private int _nesting;
        private string? _lastOperator;
        private FlowExpressionParseResult? _failure;

        public ExpressionParser(string value, int start, int end)
        {
            _value = value;
            _start = start;
            _end = end;
            _position = start;
        }

        public FlowExpressionParseResult Run()
        {
            var parts = new List<FlowExpressionNode>();
            while (true)
            {
                SkipSpace();
                if (_position >= _end)
                {
                    break;
                }

                var part = ParseOr();
                if (part is null)
                {
                    return _failure!;
                }

                parts.Add(part);
            }

            if (parts.Count == 0)
            {
                return FlowExpressionParseResult.Failure("the expression is empty; write a value, a ${...} reference or an operation on them", _start, 1);
            }

            return FlowExpressionParseResult.Success(parts.Count == 1 ? parts[0] : FlowExpressionNode.Concatenation(_value, parts));
        }

        private FlowExpressionNode? ParseOr() => ParseBinary(0);

        /// <summary>One precedence level: its operands are the next level's; levels are loosest first.</summary>
        private FlowExpressionNode? ParseBinary(int level)
        {
            if (level == 6)
            {
                return ParseUnary();
            }

            var left = ParseBinary(level + 1);
            while (left is not null)
            {
                SkipSpace();
                var op = PeekOperator();
                if (op is null || Level(op) != level)
                {
                    break;
                }

                var operatorIndex = _position;
                _position += op.Length;
                _lastOperator = op;
                var right = ParseBinary(level + 1);
                if (right is null)
                {
                    return null;
                }

                left = FlowExpressionNode.Binary(_value, op, operatorIndex, left, right);
            }

            return left;
        }

        private static int Level(string op) => op switch
        {
            "||" => 0,
            "&&" => 1,
            "==" or "!=" => 2,
            "<" or "<=" or ">" or ">=" => 3,
            "+" or "-" => 4,
            "*" or "/" or "%" => 5,
            _ => -1,
        };

        private FlowExpressionNode? ParseUnary()
        {
            SkipSpace();
            var op = PeekOperator();
            if (op is "!" or "-" or "+")
            {
                if (!Enter())
                {
                    return null;
                }

                var operatorIndex = _position;
                _position += 1;
                _lastOperator = op;
                var operand = ParseUnary();
                _nesting--;
                return operand is null ? null : FlowExpressionNode.Unary(_value, op, operatorIndex, operand);
            }

            return ParsePrimary();
        }

        private FlowExpressionNode? ParsePrimary()
        {
            SkipSpace();
            if (_position >= _end)
            {
                return Fail(
                    _lastOperator is null ? "a value is missing at the end" : "a value is missing after '" + _lastOperator + "' at the end of the expression",
                    _end,
                    1);
            }

            var c = _value[_position];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case ')':
                    return Fail("this ')' has no matching '('; remove it or add the '(' it closes", _position, 1);
                case '\'' or '"':
                    return ParseString(c);
                case '$' when _position + 1 < _end && _value[_position + 1] == '{':
                    return ParseReference();
                case '?':
                    return Fail("conditional operators (a ? b : c) are not supported; use an If or Switch component, or a boolean expression", _position, 1);
                case '`':
                    return Fail("a backtick cannot appear inside an expression; write \\\\` inside a quoted string for a literal backtick", _position, 1);
            }

            if (IsDigit(c) || (c == '.' && _position + 1 < _end && IsDigit(_value[_position + 1])))
            {
                return ParseNumber();
            }

            if (IsIdentifierStart(c))
            {
                return ParseWord();
            }

            if (PeekOperator() is { } op)
            {
                return Fail(OperatorInPlaceOfValue(op), _position, op.Length);
            }

            return Fail("'" + c + "' is not part of the expression syntax (operands are quoted strings, numbers, true, false and ${...} references)", _position, 1);
        }

        private static string OperatorInPlaceOfValue(string op) => op switch
        {
            "===" => "'===' is not an operator; compare with '=='",
            "!==" => "'!==' is not an operator; compare with '!='",
            "=" => "'=' is not an operator; compare with '=='",
            "&" => "'&' is not an operator; use '&&' for 'and'",
            "|" => "'|' is not an operator; use '||' for 'or'",
            _ => "'" + op + "' needs a value on its left; write a value, a ${...} reference or a parenthesized expression before it",
        };

        private FlowExpressionNode? ParseGroup()
        {
            if (!Enter())
            {
                return null;
            }

            var open = _position;
            _position++;
            SkipSpace();
            if (_position < _end && _value[_position] == ')')
            {
                return Fail("the parentheses are empty; put an expression inside them or remove them", open, _position + 1 - open);
            }

            var inner = ParseOr();
            _nesting--;
            if (inner is null)
            {
                return null;
            }

            SkipSpace();
            if (_position >= _end)
            {
                return Fail("this '(' is never closed; add ')'", open, 1);
            }

            if (_value[_position] != ')')
            {
                return Fail(
                    PeekOperator() is { } op and ("===" or "!==" or "=" or "&" or "|")
                        ? OperatorInPlaceOfValue(op)
                        : "expected ')' here: parts written side by side are joined only at the top level of an expression, not inside parentheses",
                    _position,
                    1);
            }

            _position++;
            return inner.WithParentheses(_value, open, _position);
        }

        private FlowExpressionNode? ParseString(char quote)
        {
            var open = _position;
            var i = _position + 1;
            while (i < _end && _value[i] != quote)
            {
                i += _value[i] == '\\' ? 2 : 1;
            }

            if (i >= _end)
            {
                return Fail("the string that starts here is never closed; add the closing " + quote, open, 1);
            }

            _position = i + 1;
            return FlowExpressionNode.Literal(_value, open, _position, FlowValueType.String);
        }

        private FlowExpressionNode? ParseReference()
        {
            var reference = ScanReference(_value, _position);
            if (reference is null || reference.Index + reference.Text.Length > _end)
            {
                return Fail("'${' must start a reference such as ${data.field}, ${form.field} or ${screen.SCREEN_ID.form.field}", _position, 2);
            }

            if (!reference.Closed)
            {
                return Fail("the reference " + reference.Text + " is not closed; add '}' after it", _position, reference.Text.Length);
            }

            _position += reference.Text.Length;
            return FlowExpressionNode.ForReference(_value, reference);
        }

        private FlowExpressionNode? ParseNumber()
        {
            var start = _position;
            SkipDigits();
            if (_position < _end && _value[_position] == '.')
            {
                _position++;
                SkipDigits();
            }

            if (_position < _end && _value[_position] is 'e' or 'E')
            {
                var exponent = _position;
                _position++;
                if (_position < _end && _value[_position] is '+' or '-')
                {
                    _position++;
                }

                if (_position >= _end || !IsDigit(_value[_position]))
                {
                    return Fail("the number has an exponent without digits", exponent, 1);
                }

                SkipDigits();
            }

            if (_position < _end && IsIdentifierPart(_value[_position]))
            {
                return Fail("'" + _value[_position] + "' cannot follow a number; put an operator or a space between them", _position, 1);
            }

            return FlowExpressionNode.Literal(_value, start, _position, FlowValueType.Number);
        }

        private FlowExpressionNode? ParseWord()
        {
            var start = _position;
            while (_position < _end && IsIdentifierPart(_value[_position]))
            {
                _position++;
            }

            var word = _value.Substring(start, _position - start);
            switch (word)
            {
                case "true" or "false":
                    return FlowExpressionNode.Literal(_value, start, _position, FlowValueType.Boolean);
                case "null":
                    return Fail("'null' is reserved in Flow JSON expressions; compare with '' (empty text), 0 or false instead", start, word.Length);
                default:
                    return Fail("'" + word + "' is not a value; write a reference such as ${data." + word + "} or ${form." + word + "}, or quote text as '" + word + "'", start, word.Length);
            }
        }

        /// <summary>The operator at the current position (longest match), or null.</summary>
        private string? PeekOperator()
        {
            foreach (var op in Operators)
            {
                if (_position + op.Length <= _end && string.CompareOrdinal(_value, _position, op, 0, op.Length) == 0)
                {
                    return op;
                }
            }

            return null;
        }

        private bool Enter()
        {
            if (++_nesting <= MaxNesting)
            {
                return true;
            }

            _failure = FlowExpressionParseResult.Failure("the expression is nested too deeply; split it up", _position, 1);
            return false;
        }

        private FlowExpressionNode? Fail(string message, int index, int length)
        {
            _failure = FlowExpressionParseResult.Failure(message, index, length);
            return null;
        }

        private void SkipSpace()
        {
            while (_position < _end && char.IsWhiteSpace(_value[_position]))
            {
                _position++;
            }
        }

        private void SkipDigits()
        {
            while (_position < _end && IsDigit(_value[_position]))
            {
                _position++;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';

        private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);
    }
}
