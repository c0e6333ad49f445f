using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>
/// FT3032: a <c>DirectSendSample</c> built from constants against 8x8's "Submit WhatsApp Direct Send Sample"; the
/// message inside keeps the interactive checks (FT3008, FT3009), with the sample's 10 reply buttons instead of 3.
/// </summary>
public sealed class DirectSendSampleTests
{
    private static Task Verify(string expression, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code(expression)));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Sample(int location, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.InvalidDirectSendSample).WithLocation(location).WithArguments(message);

    private static DiagnosticResult Limit(int location, string what, string found, string allowed, string fix) =>
        new DiagnosticResult(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(location).WithArguments(what, found, allowed, fix);

    private static string Buttons(int count, int marked = -1) =>
        string.Join(", ", Enumerable.Range(1, count).Select(i => i == marked ? $"{{|#0:new ReplyButton(\"b{i}\", \"Option {i}\")|}}" : $"new ReplyButton(\"b{i}\", \"Option {i}\")"));

    [Fact]
    public async Task The_documented_samples_have_no_diagnostics()
    {
        await Verify("new DirectSendSample(\"Hello! This is a sample message.\")");
        await Verify("new DirectSendSample(new CtaUrlMessage(\"Tap the button below to visit our store.\", \"Visit store\", \"https://example.com/store\") { Header = InteractiveHeader.Text(\"Welcome\"), Footer = \"Powered by 8x8\" })");
        await Verify("new DirectSendSample(new ReplyButtonsMessage(\"Did your order arrive?\", new ReplyButton(\"btn-yes\", \"Yes\"), new ReplyButton(\"btn-no\", \"No\")))");

        // Up to 10 reply buttons in a sample (a message sent directly has 3: FT3008).
        await Verify($"new DirectSendSample(new ReplyButtonsMessage(\"Pick a size\", {Buttons(10)}))");

        // Values known only at run time are not checked.
        await Verify("new DirectSendSample(text)");
        await Verify("new DirectSendSample(new ReplyButtonsMessage(text, new ReplyButton(text, text)))");
    }

    [Fact]
    public async Task FT3032_empty_texts()
    {
        await Verify("new DirectSendSample({|#0:\"\"|})", Sample(0, "the text of a text sample is empty; write the message text"));
        await Verify(
            "new DirectSendSample(new CtaUrlMessage({|#0:\" \"|}, {|#1:\"\"|}, \"https://example.com/store\"))",
            Sample(0, "the body text is empty; write the message text"),
            Sample(1, "the button text (display_text) is empty; write the text of the call-to-action button"));
        await Verify(
            "new DirectSendSample(new ReplyButtonsMessage(\"Pick\", new ReplyButton({|#0:\"\"|}, \"Yes\")))",
            Sample(0, "the reply button id is empty; give every button an id"));
    }

    [Fact]
    public async Task FT3032_the_header_is_text_only()
    {
        await Verify(
            "new DirectSendSample(new CtaUrlMessage(\"Our store\", \"Visit store\", \"https://example.com/store\") { Header = {|#0:InteractiveHeader.Image(\"https://example.com/a.png\")|} })",
            Sample(0, "a sample's header is text only; replace InteractiveHeader.Image(...) with InteractiveHeader.Text(...) or remove it"));
    }

    [Fact]
    public async Task FT3032_at_most_ten_reply_buttons_and_at_least_one()
    {
        await Verify(
            $"new DirectSendSample(new ReplyButtonsMessage(\"Pick a size\", {Buttons(11, marked: 11)}))",
            Sample(0, "a sample has at most 10 reply buttons; this is button 11, remove it"));
        await Verify(
            "new DirectSendSample({|#0:new ReplyButtonsMessage(\"Pick a size\")|})",
            Sample(0, "a reply-button sample has no buttons; add at least one ReplyButton"));
    }

    [Fact]
    public async Task The_message_inside_keeps_the_interactive_limits()
    {
        var sixtyOne = new string('h', 61);
        await Verify(
            $"new DirectSendSample(new ReplyButtonsMessage(\"Pick\", new ReplyButton(\"a\", {{|#0:\"Twenty-one characters\"|}}), new ReplyButton({{|#1:\"a\"|}}, \"B\")) {{ Header = InteractiveHeader.Text({{|#2:\"{sixtyOne}\"|}}) }})",
            Limit(0, "The reply button title", "has 21 characters", "at most 20", "shorten it"),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateInteractiveId).WithLocation(1).WithArguments("a"),
            Limit(2, "The header text", "has 61 characters", "at most 60", "shorten it"));
        await Verify(
            "new DirectSendSample(new CtaUrlMessage(\"Our store\", \"Visit store\", {|#0:\"example.com/store\"|}))",
            Limit(0, "The CTA URL 'example.com/store'", "is not an http or https URL", "only http and https URLs", "write the full address starting with https://"));

        // A reply-button message that is not a sample's argument is a message: 3 buttons.
        await Verify(
            $"new ReplyButtonsMessage(\"Pick a size\", {Buttons(4, marked: 4)})",
            Limit(0, "This reply-button message", "has 4 buttons", "at most 3", "remove button 4 or send a list message"));
    }
}
