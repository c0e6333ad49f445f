using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Top level, versions, screen ids, terminal screens and data models (§1–§3 of the rule table).</summary>
public class FlowStructureRuleTests
{
    private const string PublishableList = "5.1, 6.0, 6.1, 6.2, 6.3, 7.0, 7.1, 7.2, 7.3";

    private const string TopLevelKeys = "version, screens, routing_model, data_api_version";

    private const string ScreenKeys = "id, layout, title, terminal, success, refresh_on_back, data, sensitive";

    [Fact]
    public Task FT1002_missing_version_is_reported_on_the_root_brace() =>
        VerifyAsync(
            "{|#0:{|}\n  \"screens\": [ " + End() + " ]\n}",
            new DiagnosticResult(DiagnosticDescriptors.MissingFlowVersion).WithLocation(0).WithArguments("the property is missing"));

    [Fact]
    public Task FT1091_flow_json_above_10_mb_is_reported_on_the_root_brace()
    {
        // Fewer UTF-16 chars than 10 MiB but more UTF-8 bytes: Meta receives bytes, so bytes count.
        var head = "{|#0:{|} \"version\": \"7.3\", \"screens\": [ " + End(children: "{ \"type\": \"TextBody\", \"text\": \"" + new string('é', 1000) + "\" }");
        var plain = head.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + " ] }";
        var flow = head + new string(' ', (10 * 1024 * 1024) - 10 - plain.Length) + " ] }";
        var bytes = System.Text.Encoding.UTF8.GetByteCount(plain) + (10 * 1024 * 1024) - 10 - plain.Length;
        return VerifyAsync(
            flow,
            new DiagnosticResult(DiagnosticDescriptors.FlowTooLarge).WithLocation(0).WithArguments(bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "10485760"));
    }

    [Fact]
    public Task FT1002_version_that_is_not_a_string_is_reported_on_the_value() =>
        VerifyAsync(
            "{ \"version\": {|#0:7.3|}, \"screens\": [ " + End() + " ] }",
            new DiagnosticResult(DiagnosticDescriptors.MissingFlowVersion).WithLocation(0).WithArguments("it is a number, not a string"));

    [Fact]
    public Task FT1003_unknown_version_lists_the_publishable_ones() =>
        VerifyAsync(
            Flow(End(), version: "5.2").Mark("\"5.2\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownFlowVersion).WithLocation(0).WithArguments("5.2", PublishableList));

    [Theory]
    [InlineData("7.03")]
    [InlineData("7.3.1")]
    [InlineData("v8")]
    public Task FT1003_a_malformed_version_is_unknown_not_newer(string version) =>
        VerifyAsync(
            Flow(End(), version: version).Mark("\"" + version + "\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownFlowVersion).WithLocation(0).WithArguments(version, PublishableList));

    [Theory]
    [InlineData("7.4")]
    [InlineData("8.0")]
    public Task FT1062_a_newer_version_is_a_warning_that_names_the_version_checked_against(string version) =>
        VerifyAsync(
            Flow(End(), version: version).Mark("\"" + version + "\""),
            new DiagnosticResult(DiagnosticDescriptors.NewerFlowVersion).WithLocation(0).WithArguments(version, "7.3"));

    [Fact]
    public Task FT1062_a_newer_version_is_still_checked_with_the_newest_rules() =>
        // Checked as 7.3: the TextInput pattern of 6.2 is allowed, a blank label (rejected from 6.0) is not.
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"code\", \"label\": {|#1:\" \"|}, \"pattern\": \"[0-9]+\", \"helper-text\": \"Digits\" }"), version: "8.0").Mark("\"8.0\""),
            new DiagnosticResult(DiagnosticDescriptors.NewerFlowVersion).WithLocation(0).WithArguments("8.0", "7.3"),
            new DiagnosticResult(DiagnosticDescriptors.BlankString).WithLocation(1).WithArguments("The 'label' of TextInput 'code' on screen 'END'", " from Flow JSON 6.0"));

    [Fact]
    public Task FT1004_frozen_version_is_a_warning_with_the_freeze_date() =>
        VerifyAsync(
            Flow(End(), version: "5.0").Mark("\"5.0\""),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("5.0", "2025-09-10"));

    [Fact]
    public Task FT1005_unknown_top_level_key_is_reported_on_the_key() =>
        VerifyAsync(
            Flow(End(), top: " \"name\": \"x\",").Mark("\"name\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownProperty).WithLocation(0).WithArguments("name", "at the top level of a flow", TopLevelKeys));

    [Fact]
    public Task FT1005_data_channel_uri_is_rejected_from_3_0() =>
        VerifyAsync(
            Flow(End(), top: " \"data_channel_uri\": \"https://example.com\",").Mark("\"data_channel_uri\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownProperty).WithLocation(0)
                .WithArguments("data_channel_uri", "from Flow JSON 3.0 (set the endpoint with the Flows API 'endpoint_uri' instead)", TopLevelKeys));

    [Fact]
    public Task FT1005_data_channel_uri_is_accepted_in_2_1() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ { \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\" } ] }"), version: "2.1", top: " \"data_channel_uri\": \"https://example.com\",").Mark("\"2.1\""),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("2.1", "2025-04-08"));

    [Fact]
    public Task FT1005_unknown_screen_key_is_reported_on_the_key() =>
        VerifyAsync(
            Flow(End(extra: "\"footer\": true, ")).Mark("\"footer\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownProperty).WithLocation(0).WithArguments("footer", "on a screen", ScreenKeys));

    [Fact]
    public Task FT1006_screen_id_with_digits_suggests_a_valid_name() =>
        VerifyAsync(
            Flow(End("SCREEN_1")).Mark("\"SCREEN_1\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidScreenId).WithLocation(0).WithArguments("SCREEN_1", "SCREEN_ONE"));

    [Fact]
    public Task FT1006_screen_id_with_a_hyphen_suggests_underscores() =>
        VerifyAsync(
            Flow(End("thank-you")).Mark("\"thank-you\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidScreenId).WithLocation(0).WithArguments("thank-you", "thank_you"));

    [Fact]
    public Task FT1006_letters_and_underscores_only_are_accepted() =>
        VerifyAsync(Flow(End("Thank_You_screen")));

    [Fact]
    public Task FT1007_SUCCESS_is_reserved_in_any_case() =>
        VerifyAsync(
            Flow(End("Success")).Mark("\"Success\""),
            new DiagnosticResult(DiagnosticDescriptors.ReservedScreenId).WithLocation(0).WithArguments("Success"));

    [Fact]
    public Task FT1008_duplicate_screen_id_is_reported_on_the_second() =>
        VerifyAsync(
            Flow(End("END") + ",\n" + End("END")).Mark("\"END\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateScreenId).WithLocation(0).WithArguments("END", 0));

    [Fact]
    public Task FT1009_flow_without_terminal_screen_is_reported_on_screens() =>
        VerifyAsync(
            Flow(Screen("ONLY", "{ \"type\": \"TextBody\", \"text\": \"Hi\" }")).Mark("\"screens\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingTerminalScreen).WithLocation(0));

    [Fact]
    public Task FT1010_terminal_screen_without_footer_is_reported_on_its_id() =>
        VerifyAsync(
            Flow(Screen("END", "{ \"type\": \"TextBody\", \"text\": \"Hi\" }", "\"terminal\": true, ")).Mark("\"END\""),
            new DiagnosticResult(DiagnosticDescriptors.TerminalScreenWithoutFooter).WithLocation(0).WithArguments("END"));

    [Fact]
    public Task FT1010_footer_inside_if_branches_counts() =>
        VerifyAsync(Flow(Screen(
            "END",
            "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ " + CompleteFooter + " ], \"else\": [ " + CompleteFooter + " ] }",
            "\"terminal\": true, \"data\": { \"ok\": { \"type\": \"boolean\", \"__example__\": true } }, ")));

    [Fact]
    public Task FT1011_success_on_a_non_terminal_screen() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("END"), "\"success\": true, ") + ",\n" + End()).Mark("\"success\""),
            new DiagnosticResult(DiagnosticDescriptors.SuccessOnNonTerminalScreen).WithLocation(0).WithArguments("START"));

    [Fact]
    public Task FT1011_success_on_a_terminal_screen_is_fine() =>
        VerifyAsync(Flow(End(extra: "\"success\": false, ")));

    [Fact]
    public Task FT1038_screen_without_layout() =>
        VerifyAsync(
            Flow("{ \"id\": \"A\", \"terminal\": true }").Mark("\"A\""),
            new DiagnosticResult(DiagnosticDescriptors.TerminalScreenWithoutFooter).WithLocation(0).WithArguments("A"),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("Screen 'A'", "layout"));

    [Fact]
    public Task FT1039_layout_type_must_be_SingleColumnLayout() =>
        VerifyAsync(
            Flow(End()).Replace("SingleColumnLayout", "TwoColumnLayout").Mark("\"TwoColumnLayout\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("TwoColumnLayout", "type", "the layout of screen 'END'", "SingleColumnLayout"));

    [Fact]
    public Task FT1041_data_exchange_without_data_api_version() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"More\", \"on-click-action\": { \"name\": \"data_exchange\", \"payload\": {} } }")).Mark("\"data_exchange\""),
            new DiagnosticResult(DiagnosticDescriptors.DataApiVersionRequired).WithLocation(0));

    [Fact]
    public Task FT1042_data_api_version_without_routing_model() =>
        VerifyAsync(
            Flow(End(), top: " \"data_api_version\": \"3.0\",").Mark("\"data_api_version\""),
            new DiagnosticResult(DiagnosticDescriptors.RoutingModelRequired).WithLocation(0));

    [Fact]
    public Task FT1043_data_api_version_4_0_needs_flow_json_7_3() =>
        VerifyAsync(
            Flow(End(), version: "7.2", top: " \"data_api_version\": \"4.0\", \"routing_model\": { \"END\": [] },").Mark("\"4.0\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDataApiVersion).WithLocation(0).WithArguments("4.0", "7.2", "\"3.0\" (\"4.0\" needs Flow JSON 7.3)"));

    [Fact]
    public Task FT1043_data_api_version_4_0_is_accepted_on_7_3() =>
        VerifyAsync(Flow(End(), top: " \"data_api_version\": \"4.0\", \"routing_model\": { \"END\": [] },"));

    [Fact]
    public Task FT1044_refresh_on_back_without_endpoint() =>
        VerifyAsync(
            Flow(End(extra: "\"refresh_on_back\": true, ")).Mark("true", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.RefreshOnBackWithoutEndpoint).WithLocation(0).WithArguments("END"));

    [Fact]
    public Task FT1045_data_field_without_example() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"name\": { \"type\": \"string\" } }, ")).Mark("\"name\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingDataExample).WithLocation(0).WithArguments("name", "END", "string"));

    [Fact]
    public Task FT1038_data_field_without_type() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"name\": { \"__example__\": \"x\" } }, ")).Mark("\"name\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("Data field 'name'", "type"));

    [Fact]
    public Task FT1040_sensitive_needs_5_1() =>
        VerifyAsync(
            Flow(End(extra: "\"sensitive\": [], "), version: "5.0").Mark("\"5.0\"").Mark("\"sensitive\"", 1),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("5.0", "2025-09-10"),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(1).WithArguments("The screen property 'sensitive'", "5.1", "5.0"));

    [Fact]
    public Task FT1038_flow_without_screens() =>
        VerifyAsync(
            "{|#0:{|} \"version\": \"7.3\" }",
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("The flow", "screens"));

    [Fact]
    public Task FT1057_example_of_the_wrong_type() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"tags\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"__example__\": \"shoes\" } }, ")).Mark("\"shoes\""),
            new DiagnosticResult(DiagnosticDescriptors.ExampleTypeMismatch).WithLocation(0).WithArguments("tags", "END", "a string", "array"));

    [Fact]
    public Task FT1057_integer_example_must_be_whole() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"count\": { \"type\": \"integer\", \"__example__\": 1.5 } }, ")).Mark("1.5"),
            new DiagnosticResult(DiagnosticDescriptors.ExampleTypeMismatch).WithLocation(0).WithArguments("count", "END", "a number", "integer"));

    [Fact]
    public Task FT1038_array_data_field_without_items() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"tags\": { \"type\": \"array\", \"__example__\": [] } }, ")).Mark("\"tags\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("Array data field 'tags'", "items (the item schema, for example { \"type\": \"string\" })"));

    [Fact]
    public Task FT1005_example_below_the_top_level_of_a_data_field() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"user\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\", \"__example__\": \"A\" } }, \"__example__\": { \"name\": \"A\" } } }, ")).Mark("\"__example__\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownProperty).WithLocation(0)
                .WithArguments("__example__", "inside the schema of data field 'user' (only the field's top level may have one)", "type, items, properties, description and the other schema keywords"));
}
