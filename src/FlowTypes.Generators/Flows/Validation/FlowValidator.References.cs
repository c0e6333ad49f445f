using System;
using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Validation;

internal sealed partial class FlowValidator
{
    /// <summary>Every reference in a string, by the one grammar of <see cref="FlowExpression"/>.</summary>
    private static List<FlowReference> FindReferences(string value) => FlowExpression.FindReferences(value);

    /// <summary>The exact span of a reference when the JSON string has no escapes; otherwise the whole string.</summary>
    private static TextSpan ReferenceSpan(JsonString value, FlowReference reference) => ValueSpan(value, reference.Index, reference.Text.Length);

    /// <summary>
    /// The span of the characters <paramref name="index"/>..+<paramref name="length"/> of a string value in the file when the
    /// JSON string has no escapes (value and source then line up); otherwise the whole string.
    /// </summary>
    private static TextSpan ValueSpan(JsonString value, int index, int length) =>
        value.Span.Length == value.Value.Length + 2 ? new TextSpan(value.Span.Start + 1 + index, length) : value.Span;

    // ---------------------------------------------------------------- dynamic references [§3, §5]

    private void ValidateReferences(FlowScreen screen)
    {
        var sources = new List<JsonNode>();
        if (screen.Node.Get("title") is { } title)
        {
            sources.Add(title);
        }

        if (screen.Node.Get("layout") is { } layout)
        {
            sources.Add(layout);
        }

        // If conditions are expressions without backticks: FT1037 and the expression checks judge them, not FT1059.
        var conditions = new HashSet<JsonString>(screen.Components.Where(c => c.Type == "If").Select(c => c.Node.Get("condition")).OfType<JsonString>());
        var globalGateReported = false;
        foreach (var source in sources)
        {
            foreach (var value in AllStrings(source, 0))
            {
                if (!conditions.Contains(value))
                {
                    ValidateMixing(value);
                }

                foreach (var reference in FindReferences(value.Value))
                {
                    var span = ReferenceSpan(value, reference);
                    var segments = reference.Segments;
                    switch (segments[0])
                    {
                        case "data":
                            if (screen.FindDataField(segments[1]) is not { } field)
                            {
                                Report(DiagnosticDescriptors.UndeclaredDataReference, span, reference.Text, ScreenName(screen), segments[1]);
                            }
                            else
                            {
                                ResolvePath(reference, span, screen, field, 2);
                            }

                            break;
                        case "form":
                            if (screen.FindInput(segments[1]) is null)
                            {
                                Report(DiagnosticDescriptors.UnknownFormReference, span, reference.Text, ScreenName(screen), segments[1]);
                            }

                            break;
                        case "screen":
                            if (Below(4, 0) && !globalGateReported)
                            {
                                globalGateReported = true;
                                Report(DiagnosticDescriptors.RequiresNewerVersion, span, "A global reference (${screen.ID...})", "4.0", VersionText);
                            }

                            ValidateScreenReference(screen, reference, span);
                            break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A value is either static or one dynamic reference; text around a reference needs a backtick expression (6.0+) [§5 Mixing].
    /// A warning: Meta's reference calls it a compilation error, but real published-looking flows do it.
    /// </summary>
    private void ValidateMixing(JsonString value)
    {
        var text = value.Value.Trim();
        if (text.StartsWith("`", StringComparison.Ordinal) || text.IndexOf("${", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var references = FindReferences(text);
        if (references.Count == 0 || (references.Count == 1 && references[0].Text == text) || LooksLikeCondition(text))
        {
            return;
        }

        var quoted = AsWritten(text, references[0]);
        var fix = AtLeast(6, 0) && _version is not null
            ? "write it as a nested expression in backticks, for example \"`'Hello ' " + quoted + "`\""
            : "split the text and the value into separate components, or raise 'version' to 6.0 and use a backtick expression";
        Report(DiagnosticDescriptors.MixedStaticAndDynamicText, value.Span, Shorten(value.Value), Shorten(quoted), fix);
    }

    /// <summary>
    /// The <c>${...}</c> the author wrote around <paramref name="reference"/>: up to its matching <c>}</c>, so a whole-value
    /// expression such as <c>${data.dates.length > 0}</c> is quoted whole, not cut after the path.
    /// </summary>
    private static string AsWritten(string text, FlowReference reference)
    {
        if (reference.Text.EndsWith("}", StringComparison.Ordinal))
        {
            return reference.Text;
        }

        var depth = 0;
        var quote = '\0';
        for (var i = reference.Index + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return text.Substring(reference.Index, i + 1 - reference.Index);
            }
        }

        return reference.Text;
    }

    /// <summary>If conditions are expressions without backticks; they are checked by FT1037, not here.</summary>
    private static bool LooksLikeCondition(string text) =>
        text.IndexOf("==", StringComparison.Ordinal) >= 0 || text.IndexOf("!=", StringComparison.Ordinal) >= 0 || text.IndexOf("&&", StringComparison.Ordinal) >= 0
        || text.IndexOf("||", StringComparison.Ordinal) >= 0 || text.StartsWith("!", StringComparison.Ordinal) || text.IndexOf("} >", StringComparison.Ordinal) >= 0
        || text.IndexOf("} <", StringComparison.Ordinal) >= 0;

    private static string Shorten(string value)
    {
        var oneLine = value.Replace("\r", "\\r").Replace("\n", "\\n");
        return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
    }

    private void ValidateScreenReference(FlowScreen screen, FlowReference reference, TextSpan span)
    {
        var segments = reference.Segments;
        var target = _doc.FindScreen(segments[1]);
        if (target is null)
        {
            Report(DiagnosticDescriptors.InvalidScreenReference, span, reference.Text, segments[1], "which does not exist; use the id of another screen of this flow");
            return;
        }

        if (target == screen)
        {
            Report(DiagnosticDescriptors.InvalidScreenReference, span, reference.Text, segments[1], "which is the current screen; use ${form...} or ${data...} for values of the current screen");
            return;
        }

        if (segments.Count >= 4 && segments[2] == "data")
        {
            if (target.FindDataField(segments[3]) is not { } field)
            {
                Report(DiagnosticDescriptors.InvalidDataPath, span, reference.Text, ScreenName(target), "the screen declares no data field '" + segments[3] + "'; declare it in the data of '" + ScreenName(target) + "'");
            }
            else
            {
                ResolvePath(reference, span, target, field, 4);
            }
        }
    }

    /// <summary>Follows <c>a.b.c</c> through object <c>properties</c>; arrays and scalars have no addressable members.</summary>
    private void ResolvePath(FlowReference reference, TextSpan span, FlowScreen owner, FlowDataField field, int next)
    {
        var schema = field.Schema;
        var previous = field.Name;
        for (var i = next; i < reference.Segments.Count && schema is not null; i++)
        {
            var segment = reference.Segments[i];
            var type = schema.GetString("type");
            if (type == "array")
            {
                Report(DiagnosticDescriptors.InvalidDataPath, span, reference.Text, ScreenName(owner), "'" + previous + "' is an array, whose 'items' cannot be addressed with '." + segment + "'; bind the whole array (e.g. to a data-source) or declare a separate field");
                return;
            }

            if (type is "string" or "number" or "integer" or "boolean")
            {
                Report(DiagnosticDescriptors.InvalidDataPath, span, reference.Text, ScreenName(owner), "'" + previous + "' is a " + type + " and has no property '" + segment + "'; remove '." + segment + "'");
                return;
            }

            if (schema.Get("properties") is not JsonObject properties)
            {
                return;
            }

            if (properties.Get(segment) is not JsonObject child)
            {
                Report(DiagnosticDescriptors.InvalidDataPath, span, reference.Text, ScreenName(owner), "object '" + previous + "' declares no property '" + segment + "' in its 'properties'; add it there");
                return;
            }

            schema = child;
            previous = segment;
        }
    }
}
