using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>One generated builder method: a template in one language. Equatable for incremental caching.</summary>
internal sealed record TemplateBuilderSpec(
    string FilePath,
    string Name,
    string Language,
    string ClassName,
    string MethodName,
    string? BodyText,
    TemplateHeaderSpec? Header,
    ImmutableEquatableArray<TemplateValueSpec> BodyParameters,
    ImmutableEquatableArray<TemplateButtonSpec> Buttons);

/// <summary>The header parameter: <c>Kind</c> is the TemplateParameter factory (Text, Image, Video, Document).</summary>
internal sealed record TemplateHeaderSpec(string Kind, string Format, TemplateValueSpec Value);

/// <summary>A C# parameter for one template variable.</summary>
internal sealed record TemplateValueSpec(string ParameterName, string Placeholder, string? Example);

/// <summary>A button that takes a parameter: a dynamic URL (suffix), an OTP button (the body's code), a COPY_CODE button (coupon code) or a FLOW button (optional token).</summary>
internal sealed record TemplateButtonSpec(int Index, string Type, string SubType, TemplateValueSpec Value);

/// <summary>Builds <see cref="TemplateBuilderSpec"/>s from template definitions that have no errors.</summary>
internal static class TemplateBuilderSpecs
{
    public static IEnumerable<TemplateBuilderSpec> FromFile(string path, Microsoft.CodeAnalysis.Text.SourceText text)
    {
        foreach (var template in TemplateFileReader.Read(text).Templates)
        {
            if (template.Name is not { Length: > 0 } name || template.Language is not { Length: > 0 } language
                || TemplateValidator.Validate(template).Any(p => p.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            {
                continue; // FT2xxx errors are reported by TemplateFileAnalyzer; a broken template gets no builder.
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

            var body = new List<TemplateValueSpec>();
            if (template.Body is { Text: not null } bodyComponent)
            {
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
                    var parameterName = v.IsPositional ? "body" + v.Name : Identifier(v.Name);
                    body.Add(new TemplateValueSpec(Unique(parameterName, used), "{{" + v.Name + "}}", example));
                }
            }

            else if (template.BodyVariableCount == 1)
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
            yield return new TemplateBuilderSpec(
                path,
                name,
                language,
                className,
                methodName,
                template.Body?.Text,
                header,
                body.ToImmutableEquatableArray(),
                buttons.ToImmutableEquatableArray());
        }
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
