using System.Collections.Immutable;
using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>
/// Reads a <c>*.template.json</c> file into <see cref="TemplateDefinition"/>s. Accepted roots: one template object
/// (the "Add WhatsApp template" body), <c>{"templates":[...]}</c> (the "Get WhatsApp templates" response) or an array of templates.
/// </summary>
internal static class TemplateFileReader
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, TemplateFile> Cache = new();

    private static int _parseCount;

    /// <summary>How many times template text was actually parsed in this process (cache misses); used by tests.</summary>
    public static int ParseCount => _parseCount;

    /// <summary>Reads a template file; each distinct <see cref="SourceText"/> is parsed once and shared by the generator and analyzers.</summary>
    public static TemplateFile Read(SourceText text, CancellationToken cancellationToken = default) =>
        Cache.TryGetValue(text, out var file) ? file : Cache.GetValue(text, t => Parse(t, cancellationToken));

    private static TemplateFile Parse(SourceText text, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _parseCount);
        var json = JsonReader.Parse(text.ToString(), cancellationToken);
        var problems = ImmutableArray.CreateBuilder<Finding>();
        var templates = ImmutableArray.CreateBuilder<TemplateDefinition>();
        if (json.Error is { } error)
        {
            var message = error.Message.Replace("a flow file", "a template file");
            problems.Add(new Finding(DiagnosticDescriptors.MalformedTemplateFile, error.Span, message));
            return new TemplateFile(json, templates.ToImmutable(), problems.ToImmutable());
        }

        switch (json.Root)
        {
            case JsonObject root when root.Get("templates") is JsonArray list:
                AddAll(list, fromListResponse: true, templates, problems);
                break;
            case JsonObject root when root.Find("templates") is { } property:
                problems.Add(new Finding(DiagnosticDescriptors.MalformedTemplateFile, property.Value.Span, "'templates' must be an array of templates"));
                break;
            case JsonObject root:
                templates.Add(ReadTemplate(root, fromListResponse: false));
                break;
            case JsonArray array:
                AddAll(array, fromListResponse: true, templates, problems);
                break;
            case { } other:
                problems.Add(new Finding(
                    DiagnosticDescriptors.MalformedTemplateFile,
                    other.Span,
                    $"the root must be a template object or {{\"templates\":[...]}}, but it is a {other.KindName}"));
                break;
        }

        return new TemplateFile(json, templates.ToImmutable(), problems.ToImmutable());
    }

    private static void AddAll(JsonArray list, bool fromListResponse, ImmutableArray<TemplateDefinition>.Builder templates, ImmutableArray<Finding>.Builder problems)
    {
        foreach (var item in list.Items)
        {
            if (item is JsonObject template)
            {
                templates.Add(ReadTemplate(template, fromListResponse));
            }
            else
            {
                problems.Add(new Finding(DiagnosticDescriptors.MalformedTemplateFile, item.Span, $"every entry of 'templates' must be a template object, but this is a {item.KindName}"));
            }
        }
    }

    private static TemplateDefinition ReadTemplate(JsonObject node, bool fromListResponse)
    {
        var template = new TemplateDefinition(node, fromListResponse)
        {
            NameNode = (node.Get("name") ?? node.Get("templateName")) as JsonString,
            LanguageNode = node.Get("language") as JsonString,
            StatusNode = node.Get("status") as JsonString,
            CategoryNode = node.Get("category") as JsonString,
            ComponentsNode = node.Get("components") as JsonArray,
        };

        if (template.ComponentsNode is null)
        {
            return template;
        }

        var buttons = ImmutableArray.CreateBuilder<TemplateButtonDefinition>();
        foreach (var item in template.ComponentsNode.Items)
        {
            if (item is not JsonObject component)
            {
                continue;
            }

            var type = component.GetString("type")?.ToUpperInvariant();
            switch (type)
            {
                case "HEADER":
                    template.Header ??= ReadTextComponent(component, "HEADER", "headerText", "header_text");
                    break;
                case "BODY":
                    template.Body ??= ReadTextComponent(component, "BODY", "bodyText", "body_text");
                    break;
                case "FOOTER":
                    template.Footer ??= ReadTextComponent(component, "FOOTER", null, null);
                    break;
                case "BUTTONS":
                    if (template.ButtonsComponent is null && component.Get("buttons") is JsonArray list)
                    {
                        template.ButtonsComponent = component;
                        foreach (var b in list.Items)
                        {
                            if (b is JsonObject buttonNode)
                            {
                                buttons.Add(ReadButton(buttonNode, buttons.Count));
                            }
                        }
                    }

                    break;
                case "CAROUSEL":
                    if (template.CarouselComponent is null)
                    {
                        template.CarouselComponent = component;
                        template.CardsNode = component.Get("cards") as JsonArray;
                        template.Cards = ReadCards(template.CardsNode);
                    }

                    break;
                case "CALL_PERMISSION_REQUEST":
                    template.CallPermissionRequest ??= component;
                    break;
            }
        }

        template.Buttons = buttons.ToImmutable();
        return template;
    }

    private static ImmutableArray<TemplateCardDefinition> ReadCards(JsonArray? cards)
    {
        if (cards is null)
        {
            return ImmutableArray<TemplateCardDefinition>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<TemplateCardDefinition>();
        for (var i = 0; i < cards.Items.Length; i++)
        {
            if (cards.Items[i] is not JsonObject node)
            {
                continue;
            }

            var card = new TemplateCardDefinition(node, i) { ComponentsNode = node.Get("components") as JsonArray };
            var buttons = ImmutableArray.CreateBuilder<TemplateButtonDefinition>();
            foreach (var item in card.ComponentsNode?.Items ?? ImmutableArray<JsonNode>.Empty)
            {
                if (item is not JsonObject component)
                {
                    continue;
                }

                switch (component.GetString("type")?.ToUpperInvariant())
                {
                    case "HEADER":
                        card.Header ??= ReadTextComponent(component, "HEADER", "headerText", "header_text");
                        break;
                    case "BODY":
                        card.Body ??= ReadTextComponent(component, "BODY", "bodyText", "body_text");
                        break;
                    case "BUTTONS" when card.ButtonsComponent is null && component.Get("buttons") is JsonArray list:
                        card.ButtonsComponent = component;
                        foreach (var b in list.Items)
                        {
                            if (b is JsonObject buttonNode)
                            {
                                buttons.Add(ReadButton(buttonNode, buttons.Count));
                            }
                        }

                        break;
                }
            }

            card.Buttons = buttons.ToImmutable();
            builder.Add(card);
        }

        return builder.ToImmutable();
    }

    private static TemplateComponentDefinition ReadTextComponent(JsonObject node, string type, string? exampleKey, string? metaExampleKey)
    {
        var component = new TemplateComponentDefinition(node, type)
        {
            FormatNode = node.Get("format") as JsonString,
            TextNode = node.Get("text") as JsonString,
        };
        if (component.Text is { } text)
        {
            component.Variables = TemplateVariables.Find(text);
        }

        // 8x8 "Add" body: "examples": ["Tony"]. 8x8 "Get" response: "example": {"bodyText": [...]}.
        // Meta: "example": {"body_text": [["Tony"]]} or {"header_text": ["x"]}; named: "body_text_named_params".
        if (node.Get("examples") is JsonArray flat)
        {
            component.ExamplesNode = flat;
            component.Examples = Strings(flat);
        }
        else if (node.Get("example") is JsonObject example && exampleKey is not null)
        {
            var values = example.Get(exampleKey) ?? example.Get(metaExampleKey!) ?? example.Get(metaExampleKey + "_named_params");
            if (values is JsonArray array)
            {
                component.ExamplesNode = array;
                component.Examples = array.Items.Length == 1 && array.Items[0] is JsonArray nested ? Strings(nested) : Strings(array);
            }
            else if (values is JsonString single)
            {
                // Meta, Product card carousel templates: "If message body text uses a single variable, body_text value can be a string".
                component.ExamplesNode = single;
                component.Examples = ImmutableArray.Create(single.Value);
            }
        }

        return component;
    }

    private static TemplateButtonDefinition ReadButton(JsonObject node, int index)
    {
        var button = new TemplateButtonDefinition(node, index)
        {
            TypeNode = node.Get("type") as JsonString,
            TextNode = node.Get("text") as JsonString,
            UrlNode = node.Get("url") as JsonString,
            FlowIdNode = (node.Get("flowId") ?? node.Get("flow_id")) as JsonString,
            PhoneNumberNode = (node.Get("phoneNumber") ?? node.Get("phone_number")) as JsonString,
            FlowAction = node.Find("flowAction") ?? node.Find("flow_action"),
            NavigateScreen = node.Find("navigateScreen") ?? node.Find("navigate_screen"),
            TtlMinutes = node.Find("ttlMinutes"),
            Country = node.Find("country"),
        };
        if (button.UrlNode is { } url)
        {
            button.UrlVariables = TemplateVariables.Find(url.Value);
        }

        if ((node.Get("examples") ?? node.Get("example")) is JsonArray examples)
        {
            button.Examples = Strings(examples);
        }
        else if (node.Get("example") is JsonString single)
        {
            button.Examples = ImmutableArray.Create(single.Value);
        }

        return button;
    }

    private static ImmutableArray<string> Strings(JsonArray array)
    {
        var builder = ImmutableArray.CreateBuilder<string>(array.Items.Length);
        foreach (var item in array.Items)
        {
            builder.Add(item switch
            {
                JsonString s => s.Value,
                JsonNumber n => n.Text,
                JsonObject o => o.GetString("example") ?? string.Empty,
                _ => string.Empty,
            });
        }

        return builder.MoveToImmutable();
    }
}
