using System;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// The samples printed in Meta's error-code reference (tests/TestData/corpus/meta-docs__error-codes__*.invalid.json) each
/// produce the diagnostic that mirrors their Meta error code at the offending token. The samples are minimal, so they also
/// break other rules; those are listed as well, so the whole set is asserted exactly.
/// </summary>
public class MetaErrorCodeSampleTests
{
    /// <summary>Every sample uses a frozen version (2.1 or 4.0): FT1004 warning on the version value.</summary>
    private const string Frozen = "FT1004@2:14";

    /// <summary>Most samples have no terminal screen: FT1009 on "screens".</summary>
    private const string NoTerminal = "FT1009@3:3";

    private static async Task AssertSampleAsync(string code, string expected, params string[] alsoReported)
    {
        var file = "meta-docs__error-codes__" + code + ".invalid.json";
        var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/" + file.Replace(".json", ".flow.json"), TestData.ReadCorpus(file));
        var actual = diagnostics.Select(FlowAnalysis.Key).ToArray();
        Assert.Contains(expected, actual);
        Assert.Equal(alsoReported.Append(expected).OrderBy(k => k, StringComparer.Ordinal), actual.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public Task INVALID_COMPLETE_ACTION_is_FT1012_on_the_action_name() =>
        AssertSampleAsync("INVALID_COMPLETE_ACTION", "FT1012@12:23", Frozen, NoTerminal, "FT1038@10:21" /* the Footer has no label */);

    [Fact]
    public Task INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME_is_FT1015_on_the_target() =>
        AssertSampleAsync("INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME", "FT1015@16:25", Frozen, NoTerminal);

    [Fact]
    public Task INVALID_PROPERTY_VALUE_literals_on_both_sides_is_FT1037_on_the_condition() =>
        AssertSampleAsync("INVALID_PROPERTY_VALUE_if_literals_both_sides", "FT1037@11:26", Frozen, NoTerminal);

    [Fact]
    public Task INVALID_PROPERTY_VALUE_empty_then_is_FT1036_on_the_array() =>
        AssertSampleAsync("INVALID_PROPERTY_VALUE_if_then_empty", "FT1036@12:21", Frozen, NoTerminal, "FT1019@11:27" /* ${data.val} is not declared */);

    [Fact]
    public Task INVALID_SCREEN_DYNAMIC_DATA_missing_field_is_FT1019_on_the_reference() =>
        AssertSampleAsync("INVALID_SCREEN_DYNAMIC_DATA_1", "FT1019@13:22", Frozen, "FT1010@5:13" /* terminal screen without Footer */);

    [Fact]
    public Task INVALID_SCREEN_DYNAMIC_DATA_array_items_path_is_FT1022_on_the_reference() =>
        AssertSampleAsync("INVALID_SCREEN_DYNAMIC_DATA_2", "FT1022@51:22", Frozen);

    [Fact]
    public Task INVALID_SCREEN_DYNAMIC_DATA_wrong_type_is_FT1050_on_the_reference() =>
        AssertSampleAsync("INVALID_SCREEN_DYNAMIC_DATA_3", "FT1050@23:31", Frozen, "FT1010@7:13" /* terminal screen without Footer */);

    [Fact]
    public Task MISSING_FOOTER_IN_IF_ELSE_BRANCHES_without_else_is_FT1034_on_the_If() =>
        AssertSampleAsync(
            "MISSING_FOOTER_IN_IF_ELSE_BRANCHES_1",
            "FT1034@10:21",
            Frozen,
            NoTerminal,
            "FT1012@17:27" /* complete on a non-terminal screen */,
            "FT1019@11:27" /* ${data.ti} is not declared */);

    [Fact]
    public Task MISSING_FOOTER_IN_IF_ELSE_BRANCHES_footer_only_in_else_is_FT1034_on_then() =>
        AssertSampleAsync("MISSING_FOOTER_IN_IF_ELSE_BRANCHES_2", "FT1034@20:13", Frozen);

    [Fact]
    public Task MISSING_FOOTER_IN_SWITCH_BRANCHES_is_FT1034_on_each_case_without_footer() =>
        AssertSampleAsync(
            "MISSING_FOOTER_IN_SWITCH_BRANCHES",
            "FT1034@13:15",
            "FT1034@24:15" /* case3 lacks a Footer too */,
            Frozen,
            NoTerminal,
            "FT1012@19:29" /* complete on a non-terminal screen */,
            "FT1019@11:23" /* ${data.ti} is not declared */);

    [Fact]
    public Task MISSING_FOOTER_ON_TERMINAL_SCREEN_is_FT1010_on_the_screen_id() =>
        AssertSampleAsync("MISSING_FOOTER_ON_TERMINAL_SCREEN", "FT1010@5:13", Frozen);

    [Fact]
    public Task MISSING_REQUIRED_PROPERTY_data_api_version_is_FT1041_on_the_action_name() =>
        AssertSampleAsync("MISSING_REQUIRED_PROPERTY_data_api_version", "FT1041@14:23", Frozen, NoTerminal);

    [Fact]
    public Task MISSING_TERMINAL_SCREEN_is_FT1009_on_screens() =>
        AssertSampleAsync("MISSING_TERMINAL_SCREEN", NoTerminal, Frozen);

    [Fact]
    public Task MORE_THAN_ONE_FOOTER_is_FT1030_on_the_extra_footer() =>
        AssertSampleAsync(
            "MORE_THAN_ONE_FOOTER",
            "FT1030@36:21",
            Frozen,
            NoTerminal,
            "FT1012@18:29" /* complete on a non-terminal screen (three Footers) */,
            "FT1012@28:29",
            "FT1012@39:23",
            "FT1019@11:23" /* ${data.ti} is not declared */);

    [Fact]
    public void Every_error_code_sample_has_a_test()
    {
        var samples = System.IO.Directory.GetFiles(TestData.CorpusDirectory, "meta-docs__error-codes__*.invalid.json");
        Assert.Equal(14, samples.Length);
    }
}
