using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>FT3xxx: C# code using FlowTypes.Sending checked against registered templates and interactive limits.</summary>
public sealed class SendPayloadAnalyzerTests
{
    internal const string TemplateFile = """
        {
          "templates": [
            {
              "templateName": "order_update",
              "language": "en_US",
              "category": "UTILITY",
              "components": [
                { "type": "HEADER", "format": "IMAGE" },
                { "type": "BODY", "text": "Hi {{1}}, order {{2}} has shipped." },
                { "type": "FOOTER", "text": "Shop team" },
                { "type": "BUTTONS", "buttons": [
                  { "type": "QUICK_REPLY", "text": "Stop" },
                  { "type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}" },
                  { "type": "PHONE_NUMBER", "text": "Call", "phoneNumber": "+15551234567" },
                  { "type": "FLOW", "text": "Reschedule", "flowId": "1234567890123456" }
                ] }
              ]
            },
            {
              "templateName": "order_update",
              "language": "es",
              "category": "UTILITY",
              "components": [ { "type": "BODY", "text": "Hola {{1}}, tu pedido." } ]
            },
            {
              "templateName": "greeting",
              "language": "en",
              "category": "MARKETING",
              "components": [
                { "type": "HEADER", "format": "TEXT", "text": "Hello {{1}}" },
                { "type": "BODY", "text": "Welcome to the shop." }
              ]
            },
            {
              "templateName": "login_code",
              "language": "en",
              "category": "AUTHENTICATION",
              "components": [
                { "type": "BODY", "add_security_recommendation": true },
                { "type": "FOOTER", "code_expiration_minutes": 5 },
                { "type": "BUTTONS", "buttons": [ { "type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code" } ] }
              ]
            },
            {
              "templateName": "plain",
              "language": "en",
              "category": "UTILITY",
              "components": [
                { "type": "HEADER", "format": "TEXT", "text": "Fixed header" },
                { "type": "BODY", "text": "No variables here." }
              ]
            }
          ]
        }
        """;

    private const string Correct = """
        new TemplateMessage("order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Image("https://x.example/a.png")),
            TemplateComponent.Body(TemplateParameter.Text("Jason"), TemplateParameter.Text("A-1")),
            TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("A-1")),
            TemplateComponent.Button(3, ButtonSubType.Flow, TemplateParameter.Action()))
        """;

    internal static string Code(string expression) => $$"""
        using FlowTypes.Sending;

        namespace Consumer
        {
            internal static class Send
            {
                internal static object Build(string name, string text, int index) => {{expression}};
            }
        }
        """;

    private static Task Verify(string expression, params DiagnosticResult[] expected) => VerifyWithFiles(expression, true, expected);

    private static Task VerifyWithFiles(string expression, bool withTemplates, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", Code(expression)));
        if (withTemplates)
        {
            test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", TemplateFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    [Fact]
    public async Task Correct_template_message_has_no_diagnostics()
    {
        await Verify(Correct);
        await Verify("new TemplateMessage(\"order_update\", \"es\", TemplateComponent.Body(TemplateParameter.Text(\"Ana\")))");
        await Verify("new TemplateMessage(\"greeting\", \"en\", TemplateComponent.Header(TemplateParameter.Text(\"Ana\")))");
        await Verify("new TemplateMessage(\"plain\", \"en\")");
        await Verify("new TemplateMessage(\"login_code\", \"en\", TemplateComponent.Body(TemplateParameter.Text(\"123456\")), TemplateComponent.Button(0, ButtonSubType.Url, TemplateParameter.Text(\"123456\")))");
    }

    [Fact]
    public async Task Non_constant_arguments_have_no_diagnostics()
    {
        // Arrays whose content is known at compile time are checked (SendShapeTests); these are sized at run time.
        await Verify("new TemplateMessage(name, \"en_US\")");
        await Verify("new TemplateMessage(\"order_update\", \"en_US\", TemplateComponent.Header(TemplateParameter.Image(text)), TemplateComponent.Body(new TemplateParameter[index]), TemplateComponent.Button(index, text, TemplateParameter.Text(text)))");
        await Verify("new TemplateMessage(\"order_update\", \"en_US\", new TemplateComponent[index])");
        await Verify("new ReplyButtonsMessage(text, new ReplyButton(text, text), new ReplyButton(text, text), new ReplyButton(text, text))");
        await Verify("new FlowMessage(text, text, text) { Footer = text, Header = InteractiveHeader.Text(text) }");
    }

    [Fact]
    public async Task Without_template_files_template_messages_are_not_checked()
    {
        await VerifyWithFiles("new TemplateMessage(\"nope\", \"en\")", withTemplates: false);
    }

    [Fact]
    public async Task FT3001_unknown_template_name_or_language()
    {
        await Verify("new TemplateMessage({|#0:\"order_updat\"|}, \"en_US\")", Diagnostic(DiagnosticDescriptors.UnknownTemplate).WithLocation(0).WithArguments("order_updat", string.Empty));
        await Verify("new TemplateMessage(\"order_update\", {|#0:\"fr\"|})", Diagnostic(DiagnosticDescriptors.UnknownTemplate).WithLocation(0).WithArguments("order_update", " in language 'fr' (registered: en_US, es)"));
    }

    [Fact]
    public async Task FT3002_missing_body_parameters_on_the_body_call()
    {
        await Verify(
            Correct.Replace("TemplateComponent.Body(TemplateParameter.Text(\"Jason\"), TemplateParameter.Text(\"A-1\"))", "{|#0:TemplateComponent.Body(TemplateParameter.Text(\"Jason\"))|}"),
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 1));
    }

    [Fact]
    public async Task FT3002_missing_body_component_on_the_name()
    {
        await Verify(
            "new TemplateMessage({|#0:\"order_update\"|}, \"es\")",
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "es", 1, 0));
    }

    [Fact]
    public async Task FT3003_extra_body_parameter_on_the_argument()
    {
        await Verify(
            "new TemplateMessage(\"order_update\", \"es\", TemplateComponent.Body(TemplateParameter.Text(\"Ana\"), {|#0:TemplateParameter.Text(\"extra\")|}))",
            Diagnostic(DiagnosticDescriptors.ExtraBodyParameter).WithLocation(0).WithArguments("order_update", "es", 1));
    }

    [Fact]
    public async Task FT3004_header_parameter_kind_does_not_match_format()
    {
        await Verify(
            Correct.Replace("TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/a.png\"))", "TemplateComponent.Header({|#0:TemplateParameter.Video(\"https://x.example/a.mp4\")|})"),
            Diagnostic(DiagnosticDescriptors.HeaderParameterMismatch).WithLocation(0).WithArguments("Template 'order_update' (en_US) has a IMAGE header; send TemplateParameter.Image(...) instead of TemplateParameter.Video(...)"));
        await Verify(
            "new TemplateMessage(\"plain\", \"en\", TemplateComponent.Header({|#0:TemplateParameter.Text(\"x\")|}))",
            Diagnostic(DiagnosticDescriptors.HeaderParameterMismatch).WithLocation(0).WithArguments("Template 'plain' (en) has a fixed text header without a variable; remove this header component"));
        await Verify(
            "new TemplateMessage(\"order_update\", \"es\", TemplateComponent.Header({|#0:TemplateParameter.Text(\"x\")|}), TemplateComponent.Body(TemplateParameter.Text(\"Ana\")))",
            Diagnostic(DiagnosticDescriptors.HeaderParameterMismatch).WithLocation(0).WithArguments("Template 'order_update' (es) has no header; remove this header component"));
    }

    [Fact]
    public async Task FT3005_button_index_out_of_range_or_static_button()
    {
        await Verify(
            Correct.Replace("Button(3, ButtonSubType.Flow", "Button({|#0:4|}, ButtonSubType.Flow"),
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex).WithLocation(0).WithArguments("Template 'order_update' has 4 button(s); use an index from 0 to 3"));
        await Verify(
            Correct.Replace("Button(3, ButtonSubType.Flow, TemplateParameter.Action())", "Button({|#0:2|}, \"url\", TemplateParameter.Text(\"x\"))"),
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex).WithLocation(0).WithArguments("The button at index 2 of template 'order_update' is a PHONE_NUMBER button and takes no parameters; remove this button component or fix the index"));
    }

    [Fact]
    public async Task FT3005_parameter_sent_to_the_wrong_button_names_the_right_index()
    {
        // A text parameter with subType url belongs to the URL button at index 1, not the quick reply at 0.
        await Verify(
            Correct.Replace("new TemplateMessage(\"order_update\"", "new TemplateMessage({|#1:\"order_update\"|}").Replace("Button(1, ButtonSubType.Url", "Button({|#0:0|}, ButtonSubType.Url"),
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex).WithLocation(0).WithArguments("The button at index 0 of template 'order_update' is a QUICK_REPLY button, but this 'url' parameter is for the URL button at index 1; use index 1"),
            Diagnostic(DiagnosticDescriptors.MissingButtonParameter).WithLocation(1).WithArguments("order_update", "en_US", "URL (with a variable)", 1, "ButtonSubType.Url"));
    }

    [Fact]
    public async Task FT3005_negative_button_index()
    {
        await Verify(
            Correct.Replace("Button(3, ButtonSubType.Flow", "Button({|#0:-1|}, ButtonSubType.Flow"),
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex).WithLocation(0).WithArguments("A button index is 0-based and cannot be -1; use the position of the button in template 'order_update'"));
    }

    [Fact]
    public async Task FT3006_wrong_sub_type_on_the_argument()
    {
        await Verify(
            Correct.Replace("Button(1, ButtonSubType.Url", "Button(1, {|#0:ButtonSubType.QuickReply|}"),
            Diagnostic(DiagnosticDescriptors.WrongButtonSubType).WithLocation(0).WithArguments(1, "order_update", "URL", "url", "quick_reply"));
        await Verify(Correct.Replace("Button(1, ButtonSubType.Url", "Button(1, \"URL\""));
    }

    [Fact]
    public async Task FT3007_dynamic_url_button_without_parameter()
    {
        await Verify(
            Correct.Replace("new TemplateMessage(\"order_update\"", "new TemplateMessage({|#0:\"order_update\"|}").Replace("TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text(\"A-1\")),", string.Empty),
            Diagnostic(DiagnosticDescriptors.MissingButtonParameter).WithLocation(0).WithArguments("order_update", "en_US", "URL (with a variable)", 1, "ButtonSubType.Url"));
    }

    [Fact]
    public async Task FT3007_authentication_code_button_without_parameter()
    {
        await Verify(
            "new TemplateMessage({|#0:\"login_code\"|}, \"en\", TemplateComponent.Body(TemplateParameter.Text(\"123456\")))",
            Diagnostic(DiagnosticDescriptors.MissingButtonParameter).WithLocation(0).WithArguments("login_code", "en", "OTP", 0, "ButtonSubType.Url"));
    }

    [Fact]
    public async Task FT3002_authentication_body_needs_the_code()
    {
        await Verify(
            "new TemplateMessage({|#0:\"login_code\"|}, \"en\", TemplateComponent.Button(0, ButtonSubType.Url, TemplateParameter.Text(\"123456\")))",
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("login_code", "en", 1, 0));
    }

    [Fact]
    public async Task FT3010_missing_header_parameter()
    {
        await Verify(
            Correct.Replace("new TemplateMessage(\"order_update\"", "new TemplateMessage({|#0:\"order_update\"|}").Replace("TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/a.png\")),", string.Empty),
            Diagnostic(DiagnosticDescriptors.MissingHeaderParameter).WithLocation(0).WithArguments("order_update", "en_US", "IMAGE", "TemplateParameter.Image(...)"));
    }

    [Fact]
    public async Task FT3008_reply_buttons_limits()
    {
        await Verify(
            "new ReplyButtonsMessage(\"Pick\", new ReplyButton(\"a\", \"A\"), new ReplyButton(\"b\", \"B\"), new ReplyButton(\"c\", \"C\"), {|#0:new ReplyButton(\"d\", \"D\")|})",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("This reply-button message", "has 4 buttons", "at most 3", "remove button 4 or send a list message"));
        await Verify(
            "new ReplyButton(\"a\", {|#0:\"Twenty-one characters\"|})",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The reply button title", "has 21 characters", "at most 20", "shorten it"));
        await Verify(
            "new ReplyButtonsMessage(\"Pick\", new ReplyButton(\"a\", \"Same\"), new ReplyButton(\"b\", {|#0:\"Same\"|}))",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The button title 'Same'", "is used twice", "each reply-button title once", "make the titles unique"));
    }

    [Fact]
    public async Task FT3008_header_footer_body_and_flow_cta_limits()
    {
        var sixtyOne = new string('f', 61);
        await Verify(
            $"new FlowMessage(\"Body\", \"1\", \"Go\") {{ Footer = {{|#0:\"{sixtyOne}\"|}}, Header = InteractiveHeader.Text({{|#1:\"{sixtyOne}\"|}}) }}",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The footer text", "has 61 characters", "at most 60", "shorten it"),
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(1).WithArguments("The header text", "has 61 characters", "at most 60", "shorten it"));
        await Verify(
            "new FlowMessage(\"Body\", \"1\", {|#0:\"\"|})",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The flowCta", "is empty", "1 to 20 characters", "write the text of the button that opens the flow"));
        await Verify(
            "new FlowMessage(\"Body\", \"1\", {|#0:\"Twenty-one characters\"|})",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The flowCta", "has 21 characters", "at most 20", "shorten it"));
        var body = new string('b', 1025);
        await Verify(
            $"new CtaUrlMessage({{|#0:\"{body}\"|}}, {{|#1:\"Twenty-one characters\"|}}, \"https://x.example\")",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The body text", "has 1025 characters", "at most 1024", "shorten it"),
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(1).WithArguments("The button text", "has 21 characters", "at most 20", "shorten it"));
    }

    [Fact]
    public async Task FT3008_list_limits()
    {
        await Verify(
            "new ListMessage(\"Body\", {|#0:\"Twenty-one characters\"|}, new ListSection({|#1:\"Twenty-five characters!!!\"|}, new ListRow(\"a\", {|#2:\"Twenty-five characters!!!\"|}, {|#3:\"" + new string('d', 73) + "\"|})))",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The list button text", "has 21 characters", "at most 20", "shorten it"),
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(1).WithArguments("The section title", "has 25 characters", "at most 24", "shorten it"),
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(2).WithArguments("The row title", "has 25 characters", "at most 24", "shorten it"),
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(3).WithArguments("The row description", "has 73 characters", "at most 72", "shorten it"));

        var rows = string.Join(", ", System.Linq.Enumerable.Range(1, 10).Select(i => $"new ListRow(\"r{i}\", \"Row {i}\")"));
        await Verify(
            "new ListMessage(\"Body\", \"Open\", new ListSection(\"One\", " + rows + "), new ListSection(\"Two\", {|#0:new ListRow(\"r11\", \"Row 11\")|}))",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("This row", "is row 11 of the list message", "at most 10 rows in all sections together", "remove it and the ones after it"));
        await Verify(
            "new ListMessage(\"Body\", \"Open\", new ListSection(null, new ListRow(\"a\", \"A\"))) { Header = {|#0:InteractiveHeader.Image(\"https://x.example/a.png\")|} }",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The list message header", "is InteractiveHeader.Image(...)", "only a text header", "replace it with InteractiveHeader.Text(...)"));
    }

    [Fact]
    public async Task FT3008_cta_url_scheme_and_section_titles()
    {
        await Verify(
            "new CtaUrlMessage(\"Body\", \"Visit\", {|#0:\"www.example.com\"|})",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The CTA URL 'www.example.com'", "is not an http or https URL", "only http and https URLs", "write the full address starting with https://"));
        await Verify("new CtaUrlMessage(\"Body\", \"Visit\", \"https://example.com/store\")");
        await Verify(
            "new ListMessage(\"Body\", \"Open\", new ListSection(\"One\", new ListRow(\"a\", \"A\")), new ListSection({|#0:null|}, new ListRow(\"b\", \"B\")))",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("This section", "has no title in a list message with 2 sections", "an untitled section only when it is the only one", "add a title (at most 24 characters)"));
        await Verify("new ListMessage(\"Body\", \"Open\", new ListSection(null, new ListRow(\"a\", \"A\")))");
    }

    [Fact]
    public async Task FT3009_duplicate_ids()
    {
        await Verify(
            "new ReplyButtonsMessage(\"Pick\", new ReplyButton(\"a\", \"A\"), new ReplyButton({|#0:\"a\"|}, \"B\"))",
            Diagnostic(DiagnosticDescriptors.DuplicateInteractiveId).WithLocation(0).WithArguments("a"));
        await Verify(
            "new ListMessage(\"Body\", \"Open\", new ListSection(\"One\", new ListRow(\"x\", \"A\")), new ListSection(\"Two\", new ListRow({|#0:\"x\"|}, \"B\")))",
            Diagnostic(DiagnosticDescriptors.DuplicateInteractiveId).WithLocation(0).WithArguments("x"));
    }
}
