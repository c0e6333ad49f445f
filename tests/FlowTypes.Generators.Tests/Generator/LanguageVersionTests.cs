using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>
/// The generated code follows the consumer's C# version: C# 11 and later get <c>required</c> members; C# 9 and 10
/// (netstandard2.0 and .NET Framework consumers) get <c>default!</c> initialisers, and both compile cleanly.
/// </summary>
public class LanguageVersionTests
{
    private const string Flow = "david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json";
    private const string Retail = "8x8-docs__whatsapp-flows-examples-retail__flowJson.json";

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Before_CSharp_11_always_present_fields_are_initialised_with_default(LanguageVersion version)
    {
        var result = GeneratorHarness.Run(new[] { ("/project/flows/book_a_table.flow.json", TestData.ReadCorpus(Flow)), ("/project/flows/returns.flow.json", TestData.ReadCorpus(Retail)) }, GeneratorHarness.ConsumerSource, version);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        var types = Source(result, "Returns.", ".g.cs");
        Assert.Contains("public string OrderNumber { get; init; } = default!;", types);
        Assert.DoesNotContain(" required ", types);
        var endpoint = Source(result, "BookATable.", ".Endpoint.g.cs");
        Assert.Contains("public string Name { get; init; } = default!;", endpoint);
        Assert.DoesNotContain("public required ", endpoint);
    }

    [Fact]
    public void From_CSharp_11_always_present_fields_are_required_members()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/flows/book_a_table.flow.json", TestData.ReadCorpus(Flow)), ("/project/flows/returns.flow.json", TestData.ReadCorpus(Retail)) }, GeneratorHarness.ConsumerSource, LanguageVersion.CSharp11);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        var types = Source(result, "Returns.", ".g.cs");
        Assert.Contains("public required string OrderNumber { get; init; }\n", types);
        Assert.DoesNotContain("default!", types);
        var endpoint = Source(result, "BookATable.", ".Endpoint.g.cs");
        Assert.Contains("public required string Name { get; init; }\n", endpoint);
        Assert.DoesNotContain("default!", endpoint);
    }

    [Fact]
    public void A_required_member_must_be_set_by_code_that_builds_a_submission_by_hand()
    {
        const string Consumer = "namespace Consumer { internal static class Build { public static object Make() => new Consumer.Flows.ReturnsSubmission { FlowToken = \"t\" }; } }";

        var result = GeneratorHarness.Run(new[] { ("/project/flows/book_a_table.flow.json", TestData.ReadCorpus(Flow)), ("/project/flows/returns.flow.json", TestData.ReadCorpus(Retail)) }, Consumer, LanguageVersion.CSharp11);

        // CS9035: the compiler, not a run-time null, tells the author which always-present fields are missing.
        Assert.Contains(result.CompileDiagnostics, d => d.Id == "CS9035" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("ReturnsSubmission.OrderNumber"));
    }

    /// <summary>A flow's types file (<c>Returns.&lt;hash&gt;.g.cs</c>) or its endpoint file (<c>....Endpoint.g.cs</c>).</summary>
    private static string Source(GeneratorResult result, string prefix, string suffix) =>
        result.Sources.Single(s => s.HintName.StartsWith(prefix, System.StringComparison.Ordinal)
            && s.HintName.EndsWith(suffix, System.StringComparison.Ordinal)
            && !s.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal)
            && (suffix == ".Endpoint.g.cs" || !s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal))).SourceText.ToString();
}
