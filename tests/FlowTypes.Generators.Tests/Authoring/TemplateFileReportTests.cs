using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FlowTypes.Generators.Tests.Authoring;

/// <summary>The template half of the Authoring API: what the build reports for a template file, and where each template's name is.</summary>
public sealed class TemplateFileReportTests
{
    private const string Path = "/project/templates/t.template.json";

    // A body variable without an example, a button text over 25 characters, and a second template in the list shape.
    private const string Templates = """
        {
          "templates": [
            {
              "templateName": "order_ready",
              "language": "en_US",
              "category": "utility",
              "status": "approved",
              "components": [ { "type": "BODY", "text": "Hi {{1}}" } ]
            },
            { "language": "de", "name": "welcome", "category": "MARKETING",
              "components": [ { "type": "BODY", "text": "Hallo {{1}}", "examples": ["Ada"] },
                              { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "This button text is far too long" } ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task Diagnostics_are_the_analyzers_with_the_same_ids_messages_and_locations()
    {
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(Path, Templates)));
        var expected = await GeneratorHarness.CreateCompilation()
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        var report = TemplateFileReport.Read(Path, Templates);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Describe).OrderBy(d => d, StringComparer.Ordinal), report.Diagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal));
        Assert.Equal(report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), report.HasErrors);
    }

    [Fact]
    public void Each_template_is_named_with_where_its_name_property_starts()
    {
        var report = TemplateFileReport.Read(Path, Templates);
        Assert.Equal(
            new[] { "order_ready en_US UTILITY APPROVED @4:7", "welcome de MARKETING - @10:25" },
            report.Templates.Select(t => $"{t.Name} {t.Language} {t.Category} {t.Status ?? "-"} @{t.Start.Line + 1}:{t.Start.Character + 1}"));
    }

    [Fact]
    public void A_file_that_is_not_JSON_gets_FT2001_and_no_templates()
    {
        var report = TemplateFileReport.Read(Path, "{ \"name\": }");
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("FT2001@1:11", diagnostic.Id + "@" + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + (diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Empty(report.Templates);
        Assert.True(report.HasErrors);
    }

    [Theory]
    [InlineData("{ \"templates\": [] }", true)]
    [InlineData("{ \"templates\": {} }", true)]
    [InlineData("[ { \"name\": \"a\" } ]", true)]
    [InlineData("{ \"name\": \"a\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [] }", false)]
    [InlineData("{ \"name\": }", false)]
    [InlineData("42", false)]
    public void The_registered_list_shape_is_told_from_one_add_body(string text, bool isRegisteredList) =>
        Assert.Equal(isRegisteredList, TemplateFileReport.Read(Path, text).IsRegisteredList);

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id}@{span.StartLinePosition}-{span.EndLinePosition} {d.DefaultSeverity}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
