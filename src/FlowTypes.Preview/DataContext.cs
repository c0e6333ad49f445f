using System;
using System.Collections.Generic;
using System.Text;
using FlowTypes.Generators.Authoring;

namespace FlowTypes.Preview;

/// <summary>
/// Fills <c>${data.…}</c> from the screen's <c>__example__</c> values, as Meta's own preview does, and
/// <c>${screen.ID.data.…}</c> from that screen's examples. Form values (<c>${form.…}</c>,
/// <c>${screen.ID.form.…}</c>) are what the user types, so they show as a named placeholder.
/// </summary>
internal sealed class DataContext
{
    private readonly FlowOutline _flow;
    private readonly FlowScreenOutline _screen;

    public DataContext(FlowOutline flow, FlowScreenOutline screen)
    {
        _flow = flow;
        _screen = screen;
    }

    /// <summary>The value a whole-reference string stands for (<c>"${data.items}"</c> → the example array); null when it is not one or has no example.</summary>
    public FlowValue? Resolve(FlowValue? value)
    {
        if (value?.String is not { } text)
        {
            return value;
        }

        var trimmed = text.Trim();
        if (!trimmed.StartsWith("${", StringComparison.Ordinal) || !trimmed.EndsWith('}') || trimmed.IndexOf("${", 2, StringComparison.Ordinal) >= 0)
        {
            return value;
        }

        return Lookup(trimmed[2..^1].Split('.'));
    }

    /// <summary>The text shown for a string property: references filled in, backtick expressions reduced to their text.</summary>
    public string Text(string value)
    {
        var text = value;
        if (text.Length >= 2 && text.StartsWith('`') && text.EndsWith('`'))
        {
            text = Concatenation(text[1..^1]);
        }

        var builder = new StringBuilder();
        var index = 0;
        while (index < text.Length)
        {
            var start = text.IndexOf("${", index, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (start < 0 || end < 0)
            {
                builder.Append(text, index, text.Length - index);
                break;
            }

            builder.Append(text, index, start - index);
            var path = text.Substring(start + 2, end - start - 2);
            builder.Append(Display(path));
            index = end + 1;
        }

        return builder.ToString();
    }

    /// <summary>A boolean property (<c>visible</c>, <c>enabled</c>, an If condition that is one reference); null when it cannot be told.</summary>
    public bool? Boolean(FlowValue? value) => Resolve(value) is { } resolved ? resolved.Boolean : null;

    private string Display(string path)
    {
        var segments = path.Split('.');
        if (Lookup(segments) is { } example)
        {
            return example.String ?? example.Json;
        }

        // What the user types on this or another screen, or data without an example (FT1045 reports that).
        return "‹" + path + "›";
    }

    private FlowValue? Lookup(IReadOnlyList<string> segments)
    {
        if (segments.Count >= 2 && segments[0] == "data")
        {
            return Walk(_screen.FindData(segments[1])?.Example, segments, 2);
        }

        if (segments.Count >= 4 && segments[0] == "screen" && segments[2] == "data" && _flow.FindScreen(segments[1]) is { } other)
        {
            return Walk(other.FindData(segments[3])?.Example, segments, 4);
        }

        return null;
    }

    private static FlowValue? Walk(FlowValue? value, IReadOnlyList<string> segments, int from)
    {
        for (var i = from; i < segments.Count && value is not null; i++)
        {
            value = value.Get(segments[i]);
        }

        return value;
    }

    /// <summary>A nested expression's string concatenation: quoted literals lose their quotes, references stay for <see cref="Text"/>.</summary>
    private static string Concatenation(string expression)
    {
        var builder = new StringBuilder();
        var inQuote = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                builder.Append(expression[++i]);
            }
            else if (c == '\'')
            {
                inQuote = !inQuote;
            }
            else if (inQuote || !char.IsWhiteSpace(c))
            {
                // Outside quotes, the spaces that separate operands are not part of the text.
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
