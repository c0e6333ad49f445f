using System;
using System.IO;
using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>
/// Option types: C# 9 gets a <c>readonly struct</c> with every equality member written out; C# 10 and later a
/// <c>readonly record struct</c> whose one field is a <c>FlowOptionId</c> (ordinal, empty for <c>default</c>), so the
/// compiler's synthesized <c>Equals(T)</c>, <c>GetHashCode</c>, <c>==</c>, <c>!=</c> and <c>Equals(object)</c> compare by id.
/// Both forms look titles up in one string literal of id/title pairs. Both forms behave the same when run: equality by id
/// (ordinal), <c>default</c> equal to an option with an empty id, <c>ToString</c> and the conversion to <c>string</c> give the id.
/// </summary>
public class OptionTypeTests
{
    private const string Retail = "8x8-docs__whatsapp-flows-examples-retail__flowJson.json";

    private const string Consumer = """
        namespace Consumer
        {
            public static class OptionCheck
            {
                public static string Run()
                {
                    var wrong = new Consumer.Flows.ReturnsSubmission.ReturnReasonOption(Consumer.Flows.ReturnsSubmission.ReturnReasonOption.WrongSize);
                    var same = new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("wrong_size");
                    var unknown = new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("not_in_the_flow");
                    var empty = new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("");
                    Consumer.Flows.ReturnsSubmission.ReturnReasonOption none = default;
                    var upper = new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("WRONG_SIZE");
                    object boxed = same;
                    var set = new System.Collections.Generic.HashSet<Consumer.Flows.ReturnsSubmission.ReturnReasonOption> { wrong, same, unknown, empty, none };
                    string id = wrong;
                    return string.Join(",", new object[]
                    {
                        wrong == same, wrong != unknown, wrong.Equals(boxed), wrong.Equals((object)"wrong_size"), wrong == upper,
                        none == empty, none.Equals(empty), none.Equals((object)empty), none.GetHashCode() == empty.GetHashCode(),
                        set.Count, wrong.ToString(), none.ToString().Length, id, wrong.IsKnown, unknown.IsKnown, unknown.Title ?? "null", wrong.Title!, empty.Title ?? "null", upper.Title ?? "null",
                        new Consumer.Flows.ReturnsSubmission.ReturnReasonOption(Consumer.Flows.ReturnsSubmission.ReturnReasonOption.ChangedMind).Title!,
                    });
                }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9, false)]
    [InlineData(LanguageVersion.CSharp10, true)]
    [InlineData(LanguageVersion.CSharp12, true)]
    public void Options_compare_by_id_and_default_equals_the_empty_id(LanguageVersion version, bool recordStruct)
    {
        var result = GeneratorHarness.Run(new[] { ("/project/flows/returns.flow.json", TestData.ReadCorpus(Retail)) }, Consumer, version);

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        var types = result.Sources.Single(s => s.HintName.StartsWith("Returns.", StringComparison.Ordinal) && !s.HintName.EndsWith(".Reader.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        if (recordStruct)
        {
            Assert.Contains("public readonly record struct ReturnReasonOption\n", types);
            Assert.DoesNotContain("operator ==", types);
            Assert.DoesNotContain("Equals(object? obj)", types);
            Assert.DoesNotContain("public bool Equals(", types);
            Assert.DoesNotContain("GetHashCode", types);
            Assert.Contains("private readonly global::FlowTypes.Runtime.FlowOptionId _id;", types);
        }
        else
        {
            Assert.Contains("public readonly struct ReturnReasonOption : global::System.IEquatable<ReturnReasonOption>\n", types);
            Assert.Contains("public static bool operator ==(ReturnReasonOption left, ReturnReasonOption right)", types);
            Assert.DoesNotContain("record struct", types);
        }

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var run = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.OptionCheck", throwOnError: true)!.GetMethod("Run")!;

        Assert.Equal("True,True,True,False,False,True,True,True,True,3,wrong_size,0,wrong_size,True,False,null,Wrong Size,null,null,Changed My Mind", run.Invoke(null, null));
    }

    [Fact]
    public void Titles_are_one_literal_unless_an_id_or_title_holds_a_nul_then_an_array()
    {
        const string Check = """
            namespace Consumer
            {
                public static class TitleCheck
                {
                    public static string Run() => string.Join("|", new[]
                    {
                        new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("wrong_size").Title!.Replace("\0", "NUL"),
                        new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("changed_mind").Title!,
                        new Consumer.Flows.ReturnsSubmission.ReturnReasonOption("other").Title ?? "null",
                        new Consumer.Flows.ReturnsSubmission.ResolutionTypeOption("exchange").Title!,
                    });
                }
            }
            """;
        var flow = TestData.ReadCorpus(Retail).Replace("\"Wrong Size\"", "\"Wrong\\u0000Size\"", StringComparison.Ordinal);
        var result = GeneratorHarness.Run(new[] { ("/project/flows/returns.flow.json", flow) }, Check, LanguageVersion.CSharp12);

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        var types = result.Sources.Single(s => s.HintName.StartsWith("Returns.", StringComparison.Ordinal) && !s.HintName.EndsWith(".Reader.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("""private static readonly string[] s_titles = { "wrong_size", "Wrong\0Size", "defective", """, types);
        Assert.Contains("public string? Title => global::FlowTypes.Runtime.FlowOptionId.Title(s_titles, Id);", types);
        Assert.Contains("""public string? Title => global::FlowTypes.Runtime.FlowOptionId.Title("refund\0Original Refund\0exchange\0Product Exchange\0store_credit\0Store Credit (+10%)", Id);""", types);
        Assert.Equal(1, types.Split("s_titles =").Length - 1);

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var run = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.TitleCheck", throwOnError: true)!.GetMethod("Run")!;

        Assert.Equal("WrongNULSize|Changed My Mind|null|Product Exchange", run.Invoke(null, null));
    }
}
