using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>Builds <see cref="TemplateBuilderSpec"/>s from template definitions that have no errors.</summary>
internal static class TemplateBuilderSpecs
{
    public static IEnumerable<TemplateBuilderSpec> FromFile(string path, Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken)
    {
        foreach (var template in TemplateFileReader.Read(text, cancellationToken).Templates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // FT2xxx errors are reported by TemplateFileAnalyzer; a broken template gets no builder. Neither does a kind
            // the 8x8 reference does not list (FT2031: catalog, product, limited-time offer): 8x8 documents no send
            // shape for their product, section and offer values, so their messages are built with TemplateMessage.
            if (template.Name is not { Length: > 0 } name || template.Language is not { Length: > 0 } language
                || template.UsesKindsBeyond8x8Reference
                || TemplateValidator.Validate(template).Any(p => p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            TemplateHeaderSpec? header = null;
            switch (template.HeaderFormat)
            {
                case "IMAGE" or "VIDEO" or "DOCUMENT":
                    var kind = template.HeaderFormat.Substring(0, 1) + template.HeaderFormat.Substring(1).ToLowerInvariant();
                    header = new TemplateHeaderSpec(kind, template.HeaderFormat, new TemplateValueSpec(Unique("header" + kind + "Url", used), "url", null));
                    break;
                case "TEXT" when template.Header!.Variables.Length > 0:
                    var variable = template.Header.Variables[0];
                    var example = !template.Header.Examples.IsDefaultOrEmpty ? template.Header.Examples[0] : null;
                    var parameterName = variable.IsPositional ? "headerText" : Identifier(variable.Name);
                    header = new TemplateHeaderSpec("Text", "TEXT", new TemplateValueSpec(Unique(parameterName, used), "{{" + variable.Name + "}}", example));
                    break;
            }

            var body = template.Body is { Text: not null } bodyComponent ? BodyValues(bodyComponent, "body", used) : new List<TemplateValueSpec>();
            if (template.Body is { Text: null } && template.BodyVariableCount == 1)
            {
                // AUTHENTICATION: the preset body "{{1}} is your verification code." takes the code.
                body.Add(new TemplateValueSpec(Unique("code", used), "{{1}}", null));
            }

            var buttons = new List<TemplateButtonSpec>();
            foreach (var button in template.Buttons)
            {
                if (button.IsDynamicUrl)
                {
                    var example = !button.Examples.IsDefaultOrEmpty ? button.Examples[0] : null;
                    buttons.Add(new TemplateButtonSpec(button.Index, "URL", "url", new TemplateValueSpec(Unique("button" + button.Index + "UrlSuffix", used), "{{1}}", example)));
                }
                else if (button.Type == "OTP" && body.Count == 1 && body[0].ParameterName == "code")
                {
                    // The one-time code goes in the body and in the OTP button (sub-type url).
                    buttons.Add(new TemplateButtonSpec(button.Index, "OTP", "url", body[0]));
                }
                else if (button.Type == "COPY_CODE")
                {
                    buttons.Add(new TemplateButtonSpec(button.Index, "COPY_CODE", "copy_code", new TemplateValueSpec(Unique("button" + button.Index + "CouponCode", used), "coupon_code", null)));
                }
                else if (button.Type == "FLOW")
                {
                    buttons.Add(new TemplateButtonSpec(button.Index, "FLOW", "flow", new TemplateValueSpec(Unique("button" + button.Index + "FlowToken", used), string.Empty, null)));
                }
            }

            // Nested type and member names must differ from their enclosing type and from the Name constant.
            var className = Pascal(name);
            className = className == "WhatsAppTemplates" ? className + "Template" : className;
            var methodName = Pascal(language.ToLowerInvariant());
            methodName = methodName == className || methodName == "Name" ? "In" + methodName : methodName;

            // A carousel: one generated card class per card, and one parameter per card in the builder method.
            var cards = new List<TemplateCardSpec>();
            foreach (var card in template.Cards)
            {
                var number = card.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var cardClass = methodName + "Card" + number;
                cardClass = cardClass == className ? cardClass + "Values" : cardClass;
                cards.Add(CardSpec(card, cardClass, Unique("card" + number, used)));
            }

            yield return new TemplateBuilderSpec(
                path,
                name,
                language,
                className,
                methodName,
                template.Body?.Text,
                header,
                body.ToImmutableEquatableArray(),
                buttons.ToImmutableEquatableArray(),
                cards.ToImmutableEquatableArray());
        }
    }

    /// <summary>The values of a body's variables: positional ones in number order, named ones in order of first appearance.</summary>
    private static List<TemplateValueSpec> BodyValues(TemplateComponentDefinition bodyComponent, string prefix, HashSet<string> used)
    {
        var body = new List<TemplateValueSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = bodyComponent.Variables.Where(v => seen.Add(v.Name)).ToList();
        if (ordered.Count > 0 && ordered[0].IsPositional)
        {
            ordered = ordered.OrderBy(v => int.Parse(v.Name, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var v = ordered[i];
            var example = !bodyComponent.Examples.IsDefault && i < bodyComponent.Examples.Length ? bodyComponent.Examples[i] : null;
            var parameterName = v.IsPositional ? prefix + v.Name : Identifier(v.Name);
            body.Add(new TemplateValueSpec(Unique(parameterName, used), "{{" + v.Name + "}}", example));
        }

        return body;
    }

    /// <summary>A card's values: its media header URL, its body variables and the buttons that take a value.</summary>
    private static TemplateCardSpec CardSpec(TemplateCardDefinition card, string className, string parameterName)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        TemplateHeaderSpec? header = null;
        if (card.HeaderFormat is "IMAGE" or "VIDEO")
        {
            var kind = card.HeaderFormat.Substring(0, 1) + card.HeaderFormat.Substring(1).ToLowerInvariant();
            var example = card.Header!.Examples.IsDefaultOrEmpty ? null : card.Header.Examples[0];
            header = new TemplateHeaderSpec(kind, card.HeaderFormat, new TemplateValueSpec(Unique("header" + kind + "Url", used), "url", example));
        }

        var body = card.Body is { Text: not null } bodyComponent ? BodyValues(bodyComponent, "body", used) : new List<TemplateValueSpec>();
        var buttons = new List<TemplateButtonSpec>();
        foreach (var button in card.Buttons)
        {
            var index = button.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (button.IsDynamicUrl)
            {
                var example = !button.Examples.IsDefaultOrEmpty ? button.Examples[0] : null;
                buttons.Add(new TemplateButtonSpec(button.Index, "URL", "url", new TemplateValueSpec(Unique("button" + index + "UrlSuffix", used), "{{1}}", example)));
            }
            else if (button.Type == "OTP")
            {
                buttons.Add(new TemplateButtonSpec(button.Index, "OTP", "url", new TemplateValueSpec(Unique("button" + index + "Code", used), "code", null)));
            }
            else if (button.Type == "COPY_CODE")
            {
                buttons.Add(new TemplateButtonSpec(button.Index, "COPY_CODE", "copy_code", new TemplateValueSpec(Unique("button" + index + "CouponCode", used), "coupon_code", null)));
            }
        }

        return new TemplateCardSpec(card.Index, className, parameterName, card.Body?.Text, header, body.ToImmutableEquatableArray(), buttons.ToImmutableEquatableArray());
    }

    /// <summary>order_update -> OrderUpdate; en_US -> EnUs; a leading digit gets a "T" prefix.</summary>
    internal static string Pascal(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, 'T');
        }

        return builder.ToString();
    }

    /// <summary>first_name -> firstName (keywords get an @ prefix).</summary>
    private static string Identifier(string name)
    {
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
