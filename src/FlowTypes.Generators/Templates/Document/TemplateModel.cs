using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>
/// A template as registered with 8x8, read tolerantly from either the "Add WhatsApp template" request body
/// (<c>name</c>, flat <c>examples</c>) or one entry of the "Get WhatsApp templates" response (<c>templateName</c>,
/// <c>example</c> object). Unknown properties are ignored; every value keeps its JSON node for diagnostics.
/// </summary>
internal sealed class TemplateDefinition
{
    public TemplateDefinition(JsonObject node, bool fromListResponse)
    {
        Node = node;
        FromListResponse = fromListResponse;
    }

    public JsonObject Node { get; }

    /// <summary>True when the template came from a <c>{"templates":[...]}</c> list (already registered, examples optional).</summary>
    public bool FromListResponse { get; }

    public JsonString? NameNode { get; set; }

    public string? Name => NameNode?.Value;

    public JsonString? LanguageNode { get; set; }

    public string? Language => LanguageNode?.Value;

    public JsonString? CategoryNode { get; set; }

    public string? Category => CategoryNode?.Value?.ToUpperInvariant();

    public JsonArray? ComponentsNode { get; set; }

    public TemplateComponentDefinition? Header { get; set; }

    public TemplateComponentDefinition? Body { get; set; }

    public TemplateComponentDefinition? Footer { get; set; }

    public ImmutableArray<TemplateButtonDefinition> Buttons { get; set; } = ImmutableArray<TemplateButtonDefinition>.Empty;

    /// <summary>The BUTTONS component, if any.</summary>
    public JsonObject? ButtonsComponent { get; set; }

    /// <summary>The span a template-level diagnostic points at: the name value, else the start of the object.</summary>
    public TextSpan AnchorSpan => NameNode?.Span ?? new TextSpan(Node.Span.Start, 1);

    /// <summary>
    /// The number of body values a send payload must supply: the distinct variables of the body text, or 1 for an
    /// AUTHENTICATION body, whose preset text ("{{1}} is your verification code") has no <c>text</c> in the file.
    /// </summary>
    public int BodyVariableCount => Body is null ? 0 : Body.Text is null && Category == "AUTHENTICATION" ? 1 : Body.DistinctVariableCount;

    /// <summary>The header format in upper case (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, GIF), or null without a header.</summary>
    public string? HeaderFormat => Header?.Format?.ToUpperInvariant();
}

/// <summary>A HEADER, BODY or FOOTER component.</summary>
internal sealed class TemplateComponentDefinition
{
    public TemplateComponentDefinition(JsonObject node, string type)
    {
        Node = node;
        Type = type;
    }

    public JsonObject Node { get; }

    /// <summary>HEADER, BODY or FOOTER.</summary>
    public string Type { get; }

    public JsonString? FormatNode { get; set; }

    public string? Format => FormatNode?.Value;

    public JsonString? TextNode { get; set; }

    public string? Text => TextNode?.Value;

    /// <summary>The variables in the text, in order of appearance.</summary>
    public ImmutableArray<TemplateVariable> Variables { get; set; } = ImmutableArray<TemplateVariable>.Empty;

    /// <summary>The example values for this component's variables, or default when the file gives none.</summary>
    public ImmutableArray<string> Examples { get; set; }

    /// <summary>The node holding the examples (for diagnostics), or null.</summary>
    public JsonNode? ExamplesNode { get; set; }

    /// <summary>The number of distinct variables (what a send payload must supply).</summary>
    public int DistinctVariableCount
    {
        get
        {
            var names = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var variable in Variables)
            {
                names.Add(variable.Name);
            }

            return names.Count;
        }
    }
}

/// <summary>A <c>{{name}}</c> placeholder in a text.</summary>
internal readonly struct TemplateVariable
{
    public TemplateVariable(string name, int offset, int length)
    {
        Name = name;
        Offset = offset;
        Length = length;
    }

    /// <summary>The text between the braces, trimmed ("1" or "first_name").</summary>
    public string Name { get; }

    /// <summary>Offset of the opening braces in the unescaped text.</summary>
    public int Offset { get; }

    public int Length { get; }

    public bool IsPositional
    {
        get
        {
            foreach (var c in Name)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return Name.Length > 0;
        }
    }
}

/// <summary>One button of the BUTTONS component, at its 0-based index among all buttons.</summary>
internal sealed class TemplateButtonDefinition
{
    public TemplateButtonDefinition(JsonObject node, int index)
    {
        Node = node;
        Index = index;
    }

    public JsonObject Node { get; }

    public int Index { get; }

    public JsonString? TypeNode { get; set; }

    /// <summary>The button type in upper case (QUICK_REPLY, URL, PHONE_NUMBER, OTP, COPY_CODE, FLOW, VOICE_CALL, ...).</summary>
    public string? Type => TypeNode?.Value?.ToUpperInvariant();

    public JsonString? TextNode { get; set; }

    public JsonString? UrlNode { get; set; }

    public ImmutableArray<TemplateVariable> UrlVariables { get; set; } = ImmutableArray<TemplateVariable>.Empty;

    public ImmutableArray<string> Examples { get; set; }

    public JsonString? FlowIdNode { get; set; }

    public JsonString? PhoneNumberNode { get; set; }

    /// <summary>True for a URL button whose URL has a variable: a send payload must give its suffix.</summary>
    public bool IsDynamicUrl => Type == "URL" && !UrlVariables.IsDefaultOrEmpty;

    /// <summary>True when a send payload must give this button a parameter: a dynamic URL, an OTP code, a coupon code.</summary>
    public bool RequiresParameter => IsDynamicUrl || Type is "OTP" or "COPY_CODE";

    /// <summary>The <c>ButtonSubType</c> constant name for <see cref="ExpectedSubType"/>.</summary>
    public string? ExpectedSubTypeConstant => ExpectedSubType switch
    {
        "url" => "Url",
        "quick_reply" => "QuickReply",
        "flow" => "Flow",
        "copy_code" => "CopyCode",
        "voice_call" => "VoiceCall",
        _ => null,
    };

    /// <summary>The sub-type a send payload uses for this button, or null when the button takes no parameters.</summary>
    public string? ExpectedSubType => Type switch
    {
        "URL" => IsDynamicUrl ? "url" : null,
        "OTP" => "url",
        "QUICK_REPLY" => "quick_reply",
        "FLOW" => "flow",
        "COPY_CODE" => "copy_code",
        "VOICE_CALL" => "voice_call",
        "CATALOG" => "catalog",
        "MPM" => "mpm",
        _ => null,
    };
}
