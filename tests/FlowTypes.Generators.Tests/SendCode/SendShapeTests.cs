using System;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>
/// The FT3xxx send checks see every constant shape C# can write the same send in: expanded <c>params</c>, explicit and
/// implicitly typed arrays, collection expressions (with spreads), locals assigned once, named arguments in any order,
/// <c>const</c> values, target-typed <c>new</c>, <c>using static</c>. Each rule is checked right and wrong in every shape.
/// </summary>
public sealed class SendShapeTests
{
    private const string Header = "TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/a.png\"))";
    private const string Body = "TemplateComponent.Body(TemplateParameter.Text(\"Jason\"), TemplateParameter.Text(\"A-1\"))";
    private const string UrlButton = "TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text(\"A-1\"))";
    private const string FlowButton = "TemplateComponent.Button(3, ButtonSubType.Flow, TemplateParameter.Action())";

    /// <summary>How a send's components are written: the statements of the method that returns it.</summary>
    public static TheoryData<string> Shapes => new()
    {
        "params", "new[]", "new T[]", "collection", "spread", "local array", "local spread", "local components", "named", "target-typed", "using static", "const",
    };

    /// <summary>The method body sending <paramref name="components"/> of template order_update (en_US) in <paramref name="shape"/>.</summary>
    private static string Send(string shape, string name, params string[] components)
    {
        var list = string.Join(", ", components);
        var first = components.Length == 0 ? string.Empty : components[0];
        var rest = string.Join(", ", components.Skip(1));
        var language = "\"en_US\"";
        return shape switch
        {
            "params" => $"return new TemplateMessage({name}, {language}{Prefix(list)});",
            "new[]" => components.Length == 0 ? $"return new TemplateMessage({name}, {language}, new TemplateComponent[0]);" : $"return new TemplateMessage({name}, {language}, new[] {{ {list} }});",
            "new T[]" => $"return new TemplateMessage({name}, {language}, new TemplateComponent[] {{ {list} }});",
            "collection" => $"return new TemplateMessage({name}, {language}, [{list}]);",
            "spread" => $"return new TemplateMessage({name}, {language}, [{first}{(components.Length > 1 ? ", .. new[] { " + rest + " }" : string.Empty)}]);",
            "local array" => $"var components = new TemplateComponent[] {{ {list} }};\n        return new TemplateMessage({name}, {language}, components);",
            "local spread" => $"TemplateComponent[] head = [{first}];\n        return new TemplateMessage({name}, {language}, [.. head{Prefix(rest)}]);",
            "local components" => string.Concat(components.Select((c, i) => $"var c{i} = {c};\n        ")) + $"return new TemplateMessage({name}, {language}{Prefix(string.Join(", ", components.Select((_, i) => "c" + i)))});",
            // The location of a named argument is the whole argument, its name included.
            "named" => $"return new TemplateMessage(components: [{list}], language: {language}, {(name.StartsWith("{|#0:", StringComparison.Ordinal) ? "{|#0:name: " + name.Substring(5) : "name: " + name)});",
            "target-typed" => $"TemplateMessage message = new({name}, {language}{Prefix(list)});\n        return message;",
            "using static" => $"return new TemplateMessage({name}, {language}{Prefix(list.Replace("TemplateComponent.", string.Empty).Replace("TemplateParameter.", string.Empty))});",
            "const" => $"const string Prefix = \"order_\";\n        return new TemplateMessage({name.Replace("\"order_update\"", "Prefix + \"update\"")}, Language{Prefix(list)});",
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    private static string Prefix(string list) => list.Length == 0 ? string.Empty : ", " + list;

    internal static string Code(string statements) => $$"""
        using FlowTypes.Sending;
        using static FlowTypes.Sending.TemplateComponent;
        using static FlowTypes.Sending.TemplateParameter;

        namespace Consumer
        {
            internal static class Send
            {
                private const string Language = "en_" + "US";

                internal static object Build(string name, string text, int index, TemplateComponent[] parameters)
                {
                    {{statements}}
                }
            }
        }
        """;

    private static Task Verify(string statements, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", Code(statements)));
        test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Correct_send_has_no_diagnostics(string shape) =>
        await Verify(Send(shape, "\"order_update\"", Header, Body, UrlButton, FlowButton));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3001_unknown_template(string shape) =>
        await Verify(
            Send(shape, "{|#0:\"order_updat\"|}", Header, Body, UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.UnknownTemplate).WithLocation(0).WithArguments("order_updat", string.Empty));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3002_missing_body_parameters(string shape) =>
        await Verify(
            Send(shape, "\"order_update\"", Header, "{|#0:TemplateComponent.Body(TemplateParameter.Text(\"Jason\"))|}", UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 1));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3002_missing_body_component(string shape) =>
        await Verify(
            Send(shape, "{|#0:\"order_update\"|}", Header, UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 0));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3003_extra_body_parameter(string shape) =>
        await Verify(
            Send(shape, "\"order_update\"", Header, "TemplateComponent.Body(TemplateParameter.Text(\"Jason\"), TemplateParameter.Text(\"A-1\"), {|#0:TemplateParameter.Text(\"x\")|})", UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.ExtraBodyParameter).WithLocation(0).WithArguments("order_update", "en_US", 2));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3004_header_kind(string shape) =>
        await Verify(
            Send(shape, "\"order_update\"", "TemplateComponent.Header({|#0:TemplateParameter.Video(\"https://x.example/a.mp4\")|})", Body, UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.HeaderParameterMismatch).WithLocation(0).WithArguments("Template 'order_update' (en_US) has a IMAGE header; send TemplateParameter.Image(...) instead of TemplateParameter.Video(...)"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3005_button_index(string shape) =>
        await Verify(
            Send(shape, "\"order_update\"", Header, Body, UrlButton, "TemplateComponent.Button({|#0:4|}, ButtonSubType.Flow, TemplateParameter.Action())"),
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex).WithLocation(0).WithArguments("Template 'order_update' has 4 button(s); use an index from 0 to 3"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3006_button_sub_type(string shape) =>
        await Verify(
            Send(shape, "\"order_update\"", Header, Body, "TemplateComponent.Button(1, {|#0:ButtonSubType.QuickReply|}, TemplateParameter.Text(\"A-1\"))", FlowButton),
            Diagnostic(DiagnosticDescriptors.WrongButtonSubType).WithLocation(0).WithArguments(1, "order_update", "URL", "url", "quick_reply"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3007_missing_button_parameter(string shape) =>
        await Verify(
            Send(shape, "{|#0:\"order_update\"|}", Header, Body, FlowButton),
            Diagnostic(DiagnosticDescriptors.MissingButtonParameter).WithLocation(0).WithArguments("order_update", "en_US", "URL (with a variable)", 1, "ButtonSubType.Url"));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FT3010_missing_header(string shape) =>
        await Verify(
            Send(shape, "{|#0:\"order_update\"|}", Body, UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.MissingHeaderParameter).WithLocation(0).WithArguments("order_update", "en_US", "IMAGE", "TemplateParameter.Image(...)"));

    /// <summary>How the body's parameters are written.</summary>
    public static TheoryData<string, string, string> BodyShapes => new()
    {
        { "params", "TemplateComponent.Body(", ")" },
        { "new[]", "TemplateComponent.Body(new[] { ", " })" },
        { "new T[]", "TemplateComponent.Body(new TemplateParameter[] { ", " })" },
        { "collection", "TemplateComponent.Body([", "])" },
        { "named", "TemplateComponent.Body(parameters: [", "])" },
        { "using static", "Body([", "])" },
    };

    [Theory]
    [MemberData(nameof(BodyShapes))]
    public async Task Body_parameters_in_every_shape(string shape, string open, string close)
    {
        _ = shape;
        await Verify(Send("params", "\"order_update\"", Header, open + "TemplateParameter.Text(\"Jason\"), TemplateParameter.Text(\"A-1\")" + close, UrlButton, FlowButton));
        await Verify(
            Send("params", "\"order_update\"", Header, "{|#0:" + open + "TemplateParameter.Text(\"Jason\")" + close + "|}", UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 1));
        await Verify(
            Send("params", "\"order_update\"", Header, open + "TemplateParameter.Text(\"Jason\"), TemplateParameter.Text(\"A-1\"), {|#0:Text(\"x\")|}" + close, UrlButton, FlowButton),
            Diagnostic(DiagnosticDescriptors.ExtraBodyParameter).WithLocation(0).WithArguments("order_update", "en_US", 2));
    }

    [Fact]
    public async Task Body_parameters_from_a_local_assigned_once_and_from_a_spread()
    {
        await Verify(
            "TemplateParameter[] values = [Text(\"Jason\")];\n        return new TemplateMessage(\"order_update\", \"en_US\", " + Header + ", {|#0:Body(values)|}, " + UrlButton + ");",
            Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 1));
        await Verify("var values = new[] { Text(\"Jason\") };\n        return new TemplateMessage(\"order_update\", \"en_US\", " + Header + ", Body([.. values, Text(\"A-1\")]), " + UrlButton + ");");
    }

    [Fact]
    public async Task Values_known_only_at_run_time_are_not_checked()
    {
        // A parameter, a local written twice, a spread of a call, an array of unknown content: no diagnostic, right or wrong.
        await Verify("return new TemplateMessage(\"order_update\", \"en_US\", parameters);");
        await Verify("return new TemplateMessage(\"order_update\", \"en_US\", [.. parameters]);");
        await Verify("var components = new[] { " + Header + " };\n        components = parameters;\n        return new TemplateMessage(\"order_update\", \"en_US\", components);");
        await Verify("var body = Body(Text(\"Jason\"));\n        if (index > 0) { body = Body(Text(\"Jason\"), Text(\"A-1\")); }\n        return new TemplateMessage(\"order_update\", \"en_US\", " + Header + ", body, " + UrlButton + ");");
        await Verify("return new TemplateMessage(\"order_update\", \"en_US\", [.. System.Array.Empty<TemplateComponent>(), " + Header + "]);");
        await Verify("return new TemplateMessage(\"order_update\", \"en_US\", new TemplateComponent[index]);");
        await Verify("return new TemplateMessage(name, \"en_US\", [" + Header + "]);");
        await Verify("return new TemplateMessage(\"order_update\", \"en_US\", " + Header + ", Body(new TemplateParameter[index]), " + UrlButton + ");");
    }

    [Fact]
    public async Task Interactive_limits_in_collection_expressions_and_target_typed_new()
    {
        await Verify(
            "return new ReplyButtonsMessage(\"Pick one\", [new(\"a\", \"A\"), new(\"b\", \"B\"), new(\"c\", \"C\"), {|#0:new ReplyButton(\"d\", \"D\")|}]);",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("This reply-button message", "has 4 buttons", "at most 3", "remove button 4 or send a list message"));
        await Verify(
            "ReplyButton first = new(\"a\", \"A\");\n        return new ReplyButtonsMessage(buttons: [first, new({|#0:\"a\"|}, \"B\")], body: \"Pick one\");",
            Diagnostic(DiagnosticDescriptors.DuplicateInteractiveId).WithLocation(0).WithArguments("a"));
        await Verify(
            "ReplyButton button = new(\"a\", {|#0:\"A title that is too long\"|});\n        return button;",
            Diagnostic(DiagnosticDescriptors.InteractiveLimitExceeded).WithLocation(0).WithArguments("The reply button title", "has 24 characters", "at most 20", "shorten it"));
        await Verify(
            "var rows = new ListRow[] { new(\"r1\", \"One\"), new({|#0:\"r1\"|}, \"Two\") };\n        return new ListMessage(\"Body\", \"Choose\", [new ListSection(\"S\", rows)]);",
            Diagnostic(DiagnosticDescriptors.DuplicateInteractiveId).WithLocation(0).WithArguments("r1"));
    }
    [Fact]
    public async Task A_send_in_generated_code_is_skipped_and_one_in_user_code_is_reported()
    {
        var test = Verifier.Create();
        var wrong = Send("collection", "\"order_update\"", Header, UrlButton, FlowButton);
        test.TestState.Sources.Add(("/src/Sends.g.cs", "// <auto-generated/>\n" + Code(wrong)));
        test.TestState.Sources.Add(("/src/Generated.cs", "// <auto-generated/>\n" + Code(wrong).Replace("class Send", "class Generated")));
        test.TestState.Sources.Add(("/src/User.cs", Code(Send("collection", "{|#0:\"order_update\"|}", Header, UrlButton, FlowButton)).Replace("class Send", "class User")));
        test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
        test.ExpectedDiagnostics.Add(Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 0));
        await test.RunAsync();
    }
    [Fact]
    public async Task A_send_through_a_using_alias_is_checked()
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Aliases.cs", "global using Tm = FlowTypes.Sending.TemplateMessage;"));
        test.TestState.Sources.Add(("/src/Send.cs", Code("return new Tm({|#0:\"order_update\"|}, \"en_US\", " + Header + ", " + UrlButton + ");")));
        test.TestState.Sources.Add(("/src/Local.cs", "using Message = FlowTypes.Sending.TemplateMessage;\n" + Code("return new Message({|#1:\"order_updat\"|}, \"en_US\");").Replace("class Send", "class Local")));
        test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
        test.ExpectedDiagnostics.Add(Diagnostic(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 0));
        test.ExpectedDiagnostics.Add(Diagnostic(DiagnosticDescriptors.UnknownTemplate).WithLocation(1).WithArguments("order_updat", string.Empty));
        await test.RunAsync();
    }
}
