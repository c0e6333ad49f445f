using System.Linq;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>The tolerant template reader: 8x8 Add/Get shapes, Meta's example shapes, button indexes.</summary>
public sealed class TemplateFileReaderTests
{
    private static TemplateDefinition Single(string json)
    {
        var file = TemplateFileReader.Read(SourceText.From(json));
        Assert.Empty(file.Problems);
        return Assert.Single(file.Templates);
    }

    [Fact]
    public void Reads_the_8x8_get_response_example_object()
    {
        var template = Single("""
            {"templates":[{"templateName":"test1","language":"en_US","components":[{"type":"BODY","format":"Image","text":"You can pickup your delivery at {{1}}",
            "buttons":[{"type":"PHONE_NUMBER","text":"string"}],"example":{"headerText":["string"],"bodyText":["string"],"headerHandle":["string"]}}],"category":"UTILITY"}]}
            """);

        Assert.True(template.FromListResponse);
        Assert.Equal("test1", template.Name);
        Assert.Equal("UTILITY", template.Category);
        Assert.Equal(1, template.BodyVariableCount);
        Assert.Equal(new[] { "string" }, template.Body!.Examples.ToArray());
        Assert.Empty(template.Buttons); // buttons belong to a BUTTONS component, not to BODY
    }

    [Fact]
    public void Reads_meta_nested_and_named_examples()
    {
        var positional = Single("""
            {"name":"a","language":"en","category":"utility","components":[{"type":"body","text":"Hi {{1}} and {{2}}","example":{"body_text":[["x","y"]]}}]}
            """);
        Assert.Equal(new[] { "x", "y" }, positional.Body!.Examples.ToArray());
        Assert.Equal("UTILITY", positional.Category);

        var named = Single("""
            {"name":"a","language":"en","category":"UTILITY","parameter_format":"named","components":[{"type":"BODY","text":"Hi {{first_name}}, {{first_name}}!",
            "example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"}]}}]}
            """);
        Assert.Equal(new[] { "Ana" }, named.Body!.Examples.ToArray());
        Assert.Equal(1, named.BodyVariableCount);
        Assert.Equal(2, named.Body.Variables.Length);
    }

    [Fact]
    public void Buttons_keep_their_index_among_all_buttons_and_their_send_sub_type()
    {
        var template = Single("""
            {"name":"a","language":"en","category":"MARKETING","components":[{"type":"BODY","text":"Hello there"},{"type":"BUTTONS","buttons":[
              {"type":"quick_reply","text":"A"},
              {"type":"URL","text":"Static","url":"https://x.example"},
              {"type":"URL","text":"Dynamic","url":"https://x.example/{{1}}","example":["s"]},
              {"type":"COPY_CODE","example":"SAVE"},
              {"type":"FLOW","text":"Go","flow_id":"1"},
              {"type":"PHONE_NUMBER","text":"Call","phone_number":"+1"}]}]}
            """);

        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, template.Buttons.Select(b => b.Index).ToArray());
        Assert.Equal(new[] { "quick_reply", null, "url", "copy_code", "flow", null }, template.Buttons.Select(b => b.ExpectedSubType).ToArray());
        Assert.Equal(new[] { false, false, true, true, false, false }, template.Buttons.Select(b => b.RequiresParameter).ToArray());
        Assert.Equal("1", template.Buttons[4].FlowIdNode!.Value);
        Assert.Equal("+1", template.Buttons[5].PhoneNumberNode!.Value);
        Assert.Equal(new[] { "SAVE" }, template.Buttons[3].Examples.ToArray());
    }

    [Fact]
    public void Finds_variables_with_offsets()
    {
        var variables = TemplateVariables.Find("Hi {{ 1 }}, order {{order_id}} {{unclosed");
        Assert.Equal(new[] { "1", "order_id" }, variables.Select(v => v.Name).ToArray());
        Assert.Equal(3, variables[0].Offset);
        Assert.Equal(7, variables[0].Length);
        Assert.True(variables[0].IsPositional);
        Assert.False(variables[1].IsPositional);
    }
}
