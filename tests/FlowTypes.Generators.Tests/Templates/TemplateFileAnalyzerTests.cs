using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Templates.TemplateFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>FT2xxx: template creation rules reported on the offending token of a *.template.json file.</summary>
public sealed class TemplateFileAnalyzerTests
{
    private const string Path = "/project/templates/t.template.json";

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => new(descriptor);

    private static Task Verify(string markup, params DiagnosticResult[] expected) => Verifier.VerifyAdditionalFileAsync(Path, markup, expected);

    /// <summary>A template in the "Add WhatsApp template" shape with a placeholder for the body and the buttons.</summary>
    private static string Add(string body = "\"Hi {{1}}, your order is ready.\"", string examples = "[\"Tony\"]", string extraComponents = "", string category = "\"UTILITY\"") => $$"""
        {
          "language": "en_US",
          "name": "order_ready",
          "category": {{category}},
          "components": [
            { "type": "BODY", "text": {{body}}, "examples": {{examples}} }{{extraComponents}}
          ]
        }
        """;

    private static string Buttons(string buttons) => $$"""
        ,
            { "type": "BUTTONS", "buttons": [ {{buttons}} ] }
        """;

    [Fact]
    public async Task The_8x8_guide_marketing_template_only_warns_about_its_21_character_button_text()
    {
        // 8x8 "WhatsApp over 8x8 API" guide, "Creating a Template via API", Standard Example (Marketing Template with Image Header & Buttons).
        const string Documented = """
            {
            "language":"en_US",
            "name":"marketing_image_template_demo",
            "category":"MARKETING",
            "components":[
            {
            "type":"HEADER",
            "format":"image",
            "examples":[
            "https://chatapps.8x8.com/files/991c9667f7644584acf91aa8dd9fba60.png?token=..."
            ]
            },
            {
            "type":"BODY",
            "text":"Hi {{1}}, ready to elevate your customer communications? Discover the power of 8x8 CPaaS.",
            "examples":[
            "Tony"
            ]
            },
            {
            "type":"FOOTER",
            "text":"Powered by 8x8"
            },
            {
            "type":"BUTTONS",
            "buttons":[
            {
            "type":"URL",
            "text":{|#0:"Discover all channels"|},
            "url":"https://cpaas.8x8.com/en/products/{{1}}",
            "examples":[
            "omnichannel-messaging"
            ]
            },
            {
            "type":"quick_reply",
            "text":"Talk to Sales"
            }
            ]
            }
            ]
            }
            """;

        await Verify(Documented, Diagnostic(DiagnosticDescriptors.ButtonTextLongerThan20).WithLocation(0).WithArguments("Discover all channels", 21));
    }

    [Fact]
    public async Task The_8x8_get_templates_response_has_no_diagnostics()
    {
        // 8x8 reference "Get WhatsApp templates", second response example (ticket_created, ticket_closed).
        const string Documented = """
            {
            "templates":[
            {
            "channelId":"ec36a867-3dd4-e911-814a-02d85f55fce8",
            "channelName":"My WhatsApp instance",
            "templateName":"ticket_created",
            "language":"en",
            "languageName":"English",
            "components":[
            {
            "type":"BODY",
            "text":"Hi, your booking have been confirmed. Here is your new booking information {{1}}"
            }
            ],
            "category":"UTILITY",
            "categoryName":"Utility",
            "status":"APPROVED",
            "statusName":"Approved",
            "createdAt":"2019-11-19T07:51:38.09Z",
            "updatedAt":"2019-11-28T02:16:42.82Z"
            },
            {
            "channelId":"ec36a867-3dd4-e911-814a-02d85f55fce8",
            "channelName":"My WhatsApp instance",
            "templateName":"ticket_closed",
            "language":"en",
            "languageName":"English",
            "components":[
            {
            "type":"HEADER",
            "format":"Image"
            },
            {
            "type":"BODY",
            "text":"Your ticket {{1}} was closed."
            },
            {
            "type":"FOOTER",
            "text":"Support Team"
            }
            ],
            "category":"UTILITY",
            "categoryName":"Utility",
            "status":"APPROVED",
            "statusName":"Approved",
            "createdAt":"2019-11-14T07:17:57.16Z",
            "updatedAt":"2019-11-28T02:16:42.82Z"
            }
            ]
            }
            """;

        await Verify(Documented);
    }

    [Fact]
    public async Task Valid_template_with_every_component_has_no_diagnostics()
    {
        await Verify(Add(extraComponents: """
            ,
                { "type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "examples": ["A-1"] },
                { "type": "FOOTER", "text": "Thanks" },
                { "type": "BUTTONS", "buttons": [
                  { "type": "QUICK_REPLY", "text": "Stop" },
                  { "type": "QUICK_REPLY", "text": "More" },
                  { "type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}", "examples": ["abc"] },
                  { "type": "PHONE_NUMBER", "text": "Call us", "phoneNumber": "+15551234567" },
                  { "type": "FLOW", "text": "Book", "flowId": "859504979861628" }
                ] }
            """));
    }

    [Fact]
    public async Task Other_additional_files_are_ignored()
    {
        await Verifier.VerifyAdditionalFileAsync("/project/notes.json", "{ \"name\": \"BAD NAME\" }");
    }

    [Fact]
    public async Task FT2001_malformed_json()
    {
        await Verify("{ \"name\": {|#0:}|}", Diagnostic(DiagnosticDescriptors.MalformedTemplateFile).WithLocation(0).WithArguments("Unexpected character '}'; expected a JSON value (object, array, string, number, true, false or null)"));
    }

    [Fact]
    public async Task FT2001_root_is_not_a_template()
    {
        await Verify("[{|#0:1|}]", Diagnostic(DiagnosticDescriptors.MalformedTemplateFile).WithLocation(0).WithArguments("every entry of 'templates' must be a template object, but this is a number"));
        await Verify("{|#0:\"text\"|}", Diagnostic(DiagnosticDescriptors.MalformedTemplateFile).WithLocation(0).WithArguments("the root must be a template object or {\"templates\":[...]}, but it is a string"));
        await Verify("{ \"templates\": {|#0:{}|} }", Diagnostic(DiagnosticDescriptors.MalformedTemplateFile).WithLocation(0).WithArguments("'templates' must be an array of templates"));
    }

    [Fact]
    public async Task FT2002_missing_name_language_category_and_components()
    {
        await Verify(
            "{|#0:{|} \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": \"BODY\", \"text\": \"Hello there\" } ] }",
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("name", "the template name, lowercase letters, digits and underscores"));
        await Verify(
            "{ \"name\": {|#0:\"a\"|} }",
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("language", "the language code, for example en_US"),
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("category", "AUTHENTICATION, MARKETING or UTILITY"),
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("components", "an array with at least a BODY component"));
    }

    [Fact]
    public async Task FT2002_body_without_text()
    {
        await Verify(
            "{ \"name\": \"a\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": {|#0:\"BODY\"|} } ] }",
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("text", "the BODY component needs the message text"));
    }

    [Fact]
    public async Task FT2003_name_format_and_length()
    {
        await Verify(Add().Replace("\"order_ready\"", "{|#0:\"Order-Ready\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateName).WithLocation(0).WithArguments("Order-Ready", "use only lowercase letters, digits and underscores (found 'O')"));
        var longName = new string('a', 201);
        await Verify(Add().Replace("\"order_ready\"", "{|#0:\"" + longName + "\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateName).WithLocation(0).WithArguments(longName, "it has 201 characters, 8x8 allows at most 200"));
    }

    [Fact]
    public async Task FT2004_language_code()
    {
        await Verify(Add().Replace("\"en_US\"", "{|#0:\"english\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateLanguage).WithLocation(0).WithArguments("english"));
    }

    [Fact]
    public async Task FT2005_category()
    {
        await Verify(Add(category: "{|#0:\"PROMO\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("Category 'PROMO' is not valid; use AUTHENTICATION, MARKETING or UTILITY"));
        await Verify(
            Add(category: "\"AUTHENTICATION\"", extraComponents: Buttons("{ \"type\": {|#0:\"VOICE_CALL\"|} }")),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A VOICE_CALL button is only allowed in MARKETING or UTILITY templates; change the category or remove the button"));
    }

    [Fact]
    public async Task FT2006_unknown_duplicate_and_non_object_components()
    {
        await Verify(Add(extraComponents: ", { \"type\": {|#0:\"SIDEBAR\"|} }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateComponent).WithLocation(0).WithArguments("Component type 'SIDEBAR' is not known; use HEADER, BODY, FOOTER or BUTTONS"));
        await Verify(Add(extraComponents: ", { \"type\": {|#0:\"body\"|}, \"text\": \"Again here\" }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateComponent).WithLocation(0).WithArguments("The template has more than one BODY component; keep exactly one"));
        await Verify(Add(extraComponents: ", {|#0:42|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateComponent).WithLocation(0).WithArguments("A component must be an object, but this is a number"));
    }

    [Fact]
    public async Task FT2007_no_body()
    {
        await Verify(
            "{ \"name\": {|#0:\"a\"|}, \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": \"FOOTER\", \"text\": \"x\" } ] }",
            Diagnostic(DiagnosticDescriptors.MissingTemplateBody).WithLocation(0).WithArguments("a"));
    }

    [Fact]
    public async Task FT2008_header_format_and_variables()
    {
        await Verify(Add(extraComponents: ", { \"type\": {|#0:\"HEADER\"|} }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateHeader).WithLocation(0).WithArguments("The HEADER component has no 'format'; use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION"));
        await Verify(Add(extraComponents: ", { \"type\": \"HEADER\", \"format\": {|#0:\"AUDIO\"|} }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateHeader).WithLocation(0).WithArguments("Header format 'AUDIO' is not known; use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION"));
        await Verify(Add(extraComponents: ", { \"type\": \"HEADER\", \"format\": \"TEXT\", \"text\": {|#0:\"{{1}} and {{2}}\"|}, \"examples\": [\"a\", \"b\"] }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateHeader).WithLocation(0).WithArguments("A text header can have at most one variable but this one has 2; move the others into the body"));
        await Verify(Add(extraComponents: ", { \"type\": \"HEADER\", \"format\": {|#0:\"TEXT\"|} }"), Diagnostic(DiagnosticDescriptors.InvalidTemplateHeader).WithLocation(0).WithArguments("A TEXT header needs 'text'; add the header text"));
    }

    [Fact]
    public async Task FT2009_text_lengths()
    {
        var body = "Hi {{1}}, " + new string('x', 1020);
        await Verify(Add(body: "{|#0:\"" + body + "\"|}"), Diagnostic(DiagnosticDescriptors.TemplateTextTooLong).WithLocation(0).WithArguments("body", body.Length, 1024));
        var header = new string('h', 61);
        await Verify(Add(extraComponents: ", { \"type\": \"HEADER\", \"format\": \"TEXT\", \"text\": {|#0:\"" + header + "\"|} }"), Diagnostic(DiagnosticDescriptors.TemplateTextTooLong).WithLocation(0).WithArguments("header", 61, 60));
        var footer = new string('f', 61);
        await Verify(Add(extraComponents: ", { \"type\": \"FOOTER\", \"text\": {|#0:\"" + footer + "\"|} }"), Diagnostic(DiagnosticDescriptors.TemplateTextTooLong).WithLocation(0).WithArguments("footer", 61, 60));
    }

    [Fact]
    public async Task FT2010_variable_numbering_and_naming()
    {
        await Verify(Add(body: "{|#0:\"Hi {{1}}, order {{3}} is ready.\"|}", examples: "[\"a\", \"b\"]"), Diagnostic(DiagnosticDescriptors.InvalidTemplateVariables).WithLocation(0).WithArguments("The body variables must be numbered {{1}} to {{2}} without gaps, but {{2}} is missing; renumber them"));
        await Verify(Add(body: "{|#0:\"Hi {{2}}, ready.\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateVariables).WithLocation(0).WithArguments("The body variables must be numbered {{1}} to {{1}} without gaps, but {{1}} is missing; renumber them"));
        await Verify(Add(body: "{|#0:\"Hi {{1}}, order {{order_id}} is ready.\"|}", examples: "[\"a\", \"b\"]"), Diagnostic(DiagnosticDescriptors.InvalidTemplateVariables).WithLocation(0).WithArguments("The body mixes numbered and named variables; use only {{1}}, {{2}}, ... or only named variables"));
        await Verify(Add(body: "{|#0:\"Hi {{First Name}}, ready.\"|}"), Diagnostic(DiagnosticDescriptors.InvalidTemplateVariables).WithLocation(0).WithArguments("The body variable '{{First Name}}' is not valid; use {{1}}, {{2}}, ... or a lowercase name such as {{first_name}}"));
    }

    [Fact]
    public async Task Named_variables_with_examples_are_valid()
    {
        await Verify(Add(body: "\"Hi {{first_name}}, order {{order_id}} is ready.\"", examples: "[\"Tony\", \"A-1\"]"));
    }

    [Fact]
    public async Task FT2011_variable_at_start_or_end_of_body()
    {
        await Verify(Add(body: "{|#0:\"{{1}}, your order is ready.\"|}"), Diagnostic(DiagnosticDescriptors.VariableAtBodyEdge).WithLocation(0).WithArguments("starts", "1", "before"));
        await Verify(Add(body: "{|#0:\"Your order is ready, {{1}}\"|}"), Diagnostic(DiagnosticDescriptors.VariableAtBodyEdge).WithLocation(0).WithArguments("ends", "1", "after"));
    }

    [Fact]
    public async Task FT2012_example_count()
    {
        await Verify(Add(examples: "{|#0:[\"Tony\", \"extra\"]|}"), Diagnostic(DiagnosticDescriptors.TemplateExampleCountMismatch).WithLocation(0).WithArguments("body", 1, 2));
        await Verify(
            "{ \"name\": \"a\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": \"BODY\", \"text\": {|#0:\"Hi {{1}}, hello.\"|} } ] }",
            Diagnostic(DiagnosticDescriptors.TemplateExampleCountMismatch).WithLocation(0).WithArguments("body", 1, 0));
        await Verify(
            "{ \"templateName\": \"a\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": \"BODY\", \"text\": \"Hi {{1}}, hi {{2}}.\", \"example\": { \"bodyText\": {|#0:[\"x\"]|} } } ] }".Replace("{ \"templateName\"", "{ \"templates\": [ { \"templateName\"") + " ] }",
            Diagnostic(DiagnosticDescriptors.TemplateExampleCountMismatch).WithLocation(0).WithArguments("body", 2, 1));
    }

    [Fact]
    public async Task FT2013_footer_variables()
    {
        await Verify(Add(extraComponents: ", { \"type\": \"FOOTER\", \"text\": {|#0:\"Bye {{1}}\"|} }"), Diagnostic(DiagnosticDescriptors.FooterHasVariables).WithLocation(0).WithArguments("{{1}}"));
    }

    [Fact]
    public async Task FT2014_too_many_buttons_in_total_and_per_type()
    {
        var quickReplies = string.Join(", ", System.Linq.Enumerable.Repeat("{ \"type\": \"QUICK_REPLY\", \"text\": \"Q\" }", 10));
        await Verify(
            Add(extraComponents: Buttons(quickReplies + ", { \"type\": {|#0:\"QUICK_REPLY\"|}, \"text\": \"Q\" }")),
            Diagnostic(DiagnosticDescriptors.TooManyTemplateButtons).WithLocation(0).WithArguments("The template has 11 buttons; WhatsApp allows at most 10, remove 1"),
            Diagnostic(DiagnosticDescriptors.TooManyTemplateButtons).WithLocation(0).WithArguments("A template can have at most 10 QUICK_REPLY buttons; remove this one"));
        await Verify(
            Add(extraComponents: Buttons("{ \"type\": \"PHONE_NUMBER\", \"text\": \"Call\", \"phoneNumber\": \"+1\" }, { \"type\": {|#0:\"PHONE_NUMBER\"|}, \"text\": \"Call 2\", \"phoneNumber\": \"+2\" }")),
            Diagnostic(DiagnosticDescriptors.TooManyTemplateButtons).WithLocation(0).WithArguments("A template can have at most 1 PHONE_NUMBER button; remove this one"));
    }

    [Fact]
    public async Task FT2015_quick_replies_not_grouped()
    {
        await Verify(
            Add(extraComponents: Buttons("{ \"type\": \"QUICK_REPLY\", \"text\": \"A\" }, { \"type\": \"PHONE_NUMBER\", \"text\": \"Call\", \"phoneNumber\": \"+1\" }, { \"type\": {|#0:\"QUICK_REPLY\"|}, \"text\": \"B\" }")),
            Diagnostic(DiagnosticDescriptors.QuickReplyButtonsNotGrouped).WithLocation(0).WithArguments("QUICK_REPLY", 2));
    }

    [Fact]
    public async Task FT2016_button_text_empty_or_over_25()
    {
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"QUICK_REPLY\", \"text\": {|#0:\" \"|} }")), Diagnostic(DiagnosticDescriptors.InvalidButtonText).WithLocation(0).WithArguments("Button text is empty; write the label shown on the button"));
        var text = new string('t', 26);
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"QUICK_REPLY\", \"text\": {|#0:\"" + text + "\"|} }")), Diagnostic(DiagnosticDescriptors.InvalidButtonText).WithLocation(0).WithArguments($"Button text '{text}' has 26 characters; WhatsApp allows at most 25, shorten it"));
    }

    [Fact]
    public async Task FT2017_button_text_over_20()
    {
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"QUICK_REPLY\", \"text\": {|#0:\"Twenty-one characters\"|} }")), Diagnostic(DiagnosticDescriptors.ButtonTextLongerThan20).WithLocation(0).WithArguments("Twenty-one characters", 21));
    }

    [Fact]
    public async Task FT2018_url_button_rules()
    {
        var longUrl = "https://x.example/" + new string('p', 1990);
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"URL\", \"text\": \"Go\", \"url\": {|#0:\"" + longUrl + "\"|} }")), Diagnostic(DiagnosticDescriptors.InvalidUrlButton).WithLocation(0).WithArguments("The URL has 2008 characters; WhatsApp allows at most 2000"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"URL\", \"text\": \"Go\", \"url\": {|#0:\"https://x.example/{{1}}/{{2}}\"|}, \"examples\": [\"a\"] }")), Diagnostic(DiagnosticDescriptors.InvalidUrlButton).WithLocation(0).WithArguments("The URL has 2 variables; a URL button can have only one, {{1}}, at the end"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"URL\", \"text\": \"Go\", \"url\": {|#0:\"https://x.example/{{1}}/track\"|}, \"examples\": [\"a\"] }")), Diagnostic(DiagnosticDescriptors.InvalidUrlButton).WithLocation(0).WithArguments("The URL variable '{{1}}' must be at the end of the URL; move it after the fixed part"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": \"URL\", \"text\": \"Go\", \"url\": {|#0:\"https://x.example/{{1}}\"|} }")), Diagnostic(DiagnosticDescriptors.InvalidUrlButton).WithLocation(0).WithArguments("The URL has a variable but the button has no example; add \"examples\": [\"<suffix>\"]"));
    }

    [Fact]
    public async Task FT2019_button_missing_required_property()
    {
        await Verify(Add(extraComponents: Buttons("{ \"type\": {|#0:\"FLOW\"|}, \"text\": \"Book\" }")), Diagnostic(DiagnosticDescriptors.ButtonMissingProperty).WithLocation(0).WithArguments("FLOW", "flowId"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": {|#0:\"URL\"|}, \"text\": \"Go\" }")), Diagnostic(DiagnosticDescriptors.ButtonMissingProperty).WithLocation(0).WithArguments("URL", "url"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": {|#0:\"PHONE_NUMBER\"|}, \"text\": \"Call\" }")), Diagnostic(DiagnosticDescriptors.ButtonMissingProperty).WithLocation(0).WithArguments("PHONE_NUMBER", "phoneNumber"));
        await Verify(Add(extraComponents: Buttons("{ \"type\": {|#0:\"QUICK_REPLY\"|} }")), Diagnostic(DiagnosticDescriptors.ButtonMissingProperty).WithLocation(0).WithArguments("QUICK_REPLY", "text"));
    }

    [Fact]
    public async Task FT2020_unknown_button_type()
    {
        await Verify(Add(extraComponents: Buttons("{ \"type\": {|#0:\"CALLBACK\"|}, \"text\": \"x\" }")), Diagnostic(DiagnosticDescriptors.UnknownButtonType).WithLocation(0).WithArguments("CALLBACK"));
    }
}
