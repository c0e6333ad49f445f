using System.Threading.Tasks;
using FlowTypes.Generators.Tests.SendCode;
using Xunit;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>The documented way to change a severity (dotnet_diagnostic.FTnnnn.severity) works for the new ids.</summary>
public sealed class SeverityConfigurationTests
{
    [Fact]
    public async Task Editorconfig_turns_FT3003_off_in_csharp()
    {
        var test = Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code("new TemplateMessage(\"order_update\", \"es\", TemplateComponent.Body(TemplateParameter.Text(\"Ana\"), TemplateParameter.Text(\"extra\")))")));
        test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.FT3003.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Globalconfig_turns_FT2017_off_in_template_files()
    {
        var test = Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Templates.TemplateFileAnalyzer>.Create();
        test.TestState.AdditionalFiles.Add(("/project/t.template.json", "{ \"name\": \"a\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ { \"type\": \"BODY\", \"text\": \"Hello\" }, { \"type\": \"BUTTONS\", \"buttons\": [ { \"type\": \"QUICK_REPLY\", \"text\": \"Twenty-one characters\" } ] } ] }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.FT2017.severity = none\n"));
        await test.RunAsync();
    }
}
