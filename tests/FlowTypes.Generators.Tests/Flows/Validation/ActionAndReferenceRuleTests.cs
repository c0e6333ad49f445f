using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Actions, navigate payloads and dynamic references (§5, §9 of the rule table).</summary>
public class ActionAndReferenceRuleTests
{
    private const string NameData = "\"data\": { \"name\": { \"type\": \"string\", \"__example__\": \"Ann\" } }, ";

    private const string NameInput = "{ \"type\": \"TextInput\", \"name\": \"name\", \"label\": \"Name\" }";

    [Fact]
    public Task FT1012_complete_on_a_non_terminal_screen() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("END")) + ",\n" + Screen("MIDDLE", CompleteFooter) + ",\n" + End()).Mark("\"complete\""),
            new DiagnosticResult(DiagnosticDescriptors.CompleteOnNonTerminalScreen).WithLocation(0).WithArguments("MIDDLE"));

    [Fact]
    public Task FT1013_complete_in_an_EmbeddedLink() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"Finish\", \"on-click-action\": { \"name\": \"complete\", \"payload\": {} } }")).Mark("\"complete\""),
            new DiagnosticResult(DiagnosticDescriptors.CompleteOutsideFooter).WithLocation(0).WithArguments("EmbeddedLink on screen 'END'", "on-click-action"));

    [Fact]
    public Task FT1039_action_not_allowed_on_the_component() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"Refresh\", \"on-click-action\": { \"name\": \"update_data\", \"payload\": {} } }")).Mark("\"update_data\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("update_data", "name", "the on-click-action of EmbeddedLink", "navigate, data_exchange, open_url"));

    [Fact]
    public Task FT1039_unknown_action_name() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"Go\", \"on-click-action\": { \"name\": \"submit\" } }")).Mark("\"submit\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("submit", "name", "an action", "navigate, complete, data_exchange, update_data, open_url"));

    [Fact]
    public Task FT1040_open_url_needs_6_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"Site\", \"on-click-action\": { \"name\": \"open_url\", \"url\": \"https://example.com\" } }"), version: "5.1").Mark("\"open_url\""),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(0).WithArguments("The 'open_url' action", "6.0", "5.1"));

    [Fact]
    public Task FT1014_navigate_to_an_unknown_screen() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("ENDD")) + ",\n" + End()).Mark("\"ENDD\""),
            new DiagnosticResult(DiagnosticDescriptors.NavigateToUnknownScreen).WithLocation(0).WithArguments("ENDD", "END"));

    [Fact]
    public Task FT1014_navigate_from_a_NavigationList_item() =>
        VerifyAsync(
            Flow(Screen("START", "{ \"type\": \"NavigationList\", \"name\": \"menu\", \"list-items\": [ { \"id\": \"a\", \"main-content\": { \"title\": \"A\" }, \"on-click-action\": { \"name\": \"navigate\", \"next\": { \"type\": \"screen\", \"name\": \"NOPE\" }, \"payload\": {} } } ] }") + ",\n" + End()).Mark("\"NOPE\""),
            new DiagnosticResult(DiagnosticDescriptors.NavigateToUnknownScreen).WithLocation(0).WithArguments("NOPE", "END"));

    [Fact]
    public Task FT1015_navigate_to_the_same_screen() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("START")) + ",\n" + End()).Mark("\"START\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.NavigateToSameScreen).WithLocation(0).WithArguments("START"));

    [Fact]
    public Task FT1016_navigate_payload_lacks_a_field_of_the_next_screen() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("END")) + ",\n" + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }")).Mark("\"payload\""),
            new DiagnosticResult(DiagnosticDescriptors.NavigatePayloadMissingField).WithLocation(0).WithArguments("END", "name"));

    [Fact]
    public Task FT1017_navigate_payload_has_an_undeclared_field() =>
        VerifyAsync(
            Flow(Screen("START", NameInput + ", " + NavigateFooter("END", "{ \"nickname\": \"${form.name}\" }")) + ",\n" + End()).Mark("\"nickname\""),
            new DiagnosticResult(DiagnosticDescriptors.NavigatePayloadExtraField).WithLocation(0).WithArguments("END", "nickname"));

    [Fact]
    public Task FT1016_FT1017_matching_payload_is_fine() =>
        VerifyAsync(Flow(
            Screen("START", NameInput + ", " + NavigateFooter("END", "{ \"name\": \"${form.name}\" }")) + ",\n"
            + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }")));

    [Fact]
    public Task FT1016_payloads_are_not_checked_in_endpoint_flows() =>
        VerifyAsync(Flow(
            Screen("START", NavigateFooter("END")) + ",\n" + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }"),
            top: " \"data_api_version\": \"3.0\", \"routing_model\": { \"START\": [\"END\"], \"END\": [] },"));

    [Fact]
    public Task FT1018_photo_in_a_navigate_payload() =>
        VerifyAsync(
            Flow(
                Screen("START", "{ \"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\" }, " + NavigateFooter("END", "{ \"photo\": \"${form.photo}\" }")) + ",\n"
                + End(extra: "\"data\": { \"photo\": { \"type\": \"array\", \"items\": { \"type\": \"object\" }, \"__example__\": [] } }, "))
                .Mark("${form.photo}"),
            new DiagnosticResult(DiagnosticDescriptors.MediaValueInNavigatePayload).WithLocation(0).WithArguments("${form.photo}", "PhotoPicker", "photo", "START"));

    [Fact]
    public Task FT1018_photo_in_a_complete_payload_is_fine() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\", \"max-uploaded-photos\": 10 }").Replace("\"payload\": {}", "\"payload\": { \"photo\": \"${form.photo}\" }")));

    [Fact]
    public Task FT1019_undeclared_data_reference_points_at_the_reference() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextBody\", \"text\": \"${data.missing}\" }")).Mark("${data.missing}"),
            new DiagnosticResult(DiagnosticDescriptors.UndeclaredDataReference).WithLocation(0).WithArguments("${data.missing}", "END", "missing"));

    [Fact]
    public Task FT1019_reference_inside_a_nested_expression() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextBody\", \"text\": \"`'Hi ' ${data.who}`\" }")).Mark("${data.who}"),
            new DiagnosticResult(DiagnosticDescriptors.UndeclaredDataReference).WithLocation(0).WithArguments("${data.who}", "END", "who"));

    [Fact]
    public Task FT1019_declared_data_is_fine() =>
        VerifyAsync(Flow(End(extra: NameData, children: "{ \"type\": \"TextHeading\", \"text\": \"${data.name}\" }")));

    [Fact]
    public Task FT1020_form_reference_to_an_input_of_another_screen() =>
        VerifyAsync(
            Flow(Screen("START", NameInput + ", " + NavigateFooter("END")) + ",\n" + End().Replace("\"payload\": {}", "\"payload\": { \"n\": \"${form.name}\" }")).Mark("${form.name}"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownFormReference).WithLocation(0).WithArguments("${form.name}", "END", "name"));

    [Fact]
    public Task FT1020_global_reference_to_the_other_screen_is_fine() =>
        VerifyAsync(Flow(Screen("START", NameInput + ", " + NavigateFooter("END")) + ",\n" + End().Replace("\"payload\": {}", "\"payload\": { \"n\": \"${screen.START.form.name}\" }")));

    [Fact]
    public Task FT1021_global_reference_to_an_unknown_screen() =>
        VerifyAsync(
            Flow(End().Replace("\"payload\": {}", "\"payload\": { \"n\": \"${screen.BEGIN.form.name}\" }")).Mark("${screen.BEGIN.form.name}"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidScreenReference).WithLocation(0).WithArguments("${screen.BEGIN.form.name}", "BEGIN", "which does not exist; use the id of another screen of this flow"));

    [Fact]
    public Task FT1021_global_reference_to_the_current_screen() =>
        VerifyAsync(
            Flow(End(children: NameInput).Replace("\"payload\": {}", "\"payload\": { \"n\": \"${screen.END.form.name}\" }")).Mark("${screen.END.form.name}"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidScreenReference).WithLocation(0).WithArguments("${screen.END.form.name}", "END", "which is the current screen; use ${form...} or ${data...} for values of the current screen"));

    [Fact]
    public Task FT1040_global_reference_needs_4_0() =>
        VerifyAsync(
            Flow(
                Screen("START", "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ " + NameInput + ", " + NavigateFooter("END") + " ] }") + ",\n"
                + End().Replace("\"payload\": {}", "\"payload\": { \"n\": \"${screen.START.form.name}\" }"),
                version: "3.1").Mark("\"3.1\"").Mark("${screen.START.form.name}", 1),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("3.1", "2025-04-08"),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(1).WithArguments("A global reference (${screen.ID...})", "4.0", "3.1"));

    [Fact]
    public Task FT1022_path_into_array_items() =>
        VerifyAsync(
            Flow(End(
                extra: "\"data\": { \"items\": { \"type\": \"array\", \"items\": { \"type\": \"object\" }, \"__example__\": [] } }, ",
                children: "{ \"type\": \"TextBody\", \"text\": \"${data.items.title}\" }")).Mark("${data.items.title}"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDataPath).WithLocation(0)
                .WithArguments("${data.items.title}", "END", "'items' is an array, whose 'items' cannot be addressed with '.title'; bind the whole array (e.g. to a data-source) or declare a separate field"));

    [Fact]
    public Task FT1022_path_to_an_undeclared_object_property() =>
        VerifyAsync(
            Flow(End(
                extra: "\"data\": { \"user\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" } }, \"__example__\": { \"name\": \"A\" } } }, ",
                children: "{ \"type\": \"TextBody\", \"text\": \"${data.user.email}\" }")).Mark("${data.user.email}"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDataPath).WithLocation(0)
                .WithArguments("${data.user.email}", "END", "object 'user' declares no property 'email' in its 'properties'; add it there"));

    [Fact]
    public Task FT1022_declared_object_property_is_fine() =>
        VerifyAsync(Flow(End(
            extra: "\"data\": { \"user\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" } }, \"__example__\": { \"name\": \"A\" } } }, ",
            children: "{ \"type\": \"TextBody\", \"text\": \"${data.user.name}\" }")));

    [Fact]
    public Task FT1038_navigate_without_next() =>
        VerifyAsync(
            Flow(Screen("START", "{ \"type\": \"Footer\", \"label\": \"Next\", \"on-click-action\": { \"name\": \"navigate\", \"payload\": {} } }") + ",\n" + End()).Mark("\"navigate\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("The navigate action", "next ({ \"type\": \"screen\", \"name\": \"SCREEN_ID\" })"));

    [Fact]
    public Task FT1059_static_text_around_a_reference_is_a_warning() =>
        VerifyAsync(
            Flow(End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"Hello ${data.name}\" }")).Mark("\"Hello ${data.name}\""),
            new DiagnosticResult(DiagnosticDescriptors.MixedStaticAndDynamicText).WithLocation(0)
                .WithArguments("Hello ${data.name}", "${data.name}", "write it as a nested expression in backticks, for example \"`'Hello ' ${data.name}`\""));

    [Fact]
    public Task FT1059_whole_value_expression_is_quoted_as_written() =>
        VerifyAsync(
            Flow(End(
                extra: "\"data\": { \"count\": { \"type\": \"number\", \"__example__\": 1 } }, ",
                children: "{ \"type\": \"TextBody\", \"text\": \"${data.count > 0}\" }")).Mark("\"${data.count > 0}\""),
            new DiagnosticResult(DiagnosticDescriptors.MixedStaticAndDynamicText).WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("${data.count > 0}", "${data.count > 0}", "write it as a nested expression in backticks, for example \"`'Hello ' ${data.count > 0}`\""));

    [Fact]
    public Task FT1059_backtick_expression_and_conditions_are_fine() =>
        VerifyAsync(Flow(End(
            extra: NameData,
            children: "{ \"type\": \"TextBody\", \"text\": \"`'Hello ' ${data.name}`\" }, { \"type\": \"If\", \"condition\": \"${data.name} == 'Ann'\", \"then\": [ { \"type\": \"TextBody\", \"text\": \"${data.name}\" } ] }")));

    [Fact]
    public Task FT1060_navigate_payload_literal_of_the_wrong_type() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("END", "{ \"name\": true }")) + ",\n" + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }")).Mark("true"),
            new DiagnosticResult(DiagnosticDescriptors.NavigatePayloadTypeMismatch).WithLocation(0).WithArguments("name", "a boolean", "END", "string"));

    [Fact]
    public Task FT1060_data_reference_of_the_declared_type_is_fine() =>
        VerifyAsync(Flow(
            Screen("START", NavigateFooter("END", "{ \"name\": \"${data.name}\" }"), NameData) + ",\n"
            + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }")));

    [Fact]
    public Task FT1060_form_value_of_the_wrong_type() =>
        VerifyAsync(
            Flow(Screen("START", "{ \"type\": \"CheckboxGroup\", \"name\": \"picked\", \"label\": \"Pick\", \"data-source\": [ { \"id\": \"a\", \"title\": \"A\" } ] }, "
                + NavigateFooter("END", "{ \"name\": {|#0:\"${form.picked}\"|} }")) + ",\n" + End(extra: NameData, children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }")),
            new DiagnosticResult(DiagnosticDescriptors.NavigatePayloadTypeMismatch).WithLocation(0).WithArguments("name", "an array", "END", "string"));

    [Fact]
    public Task FT1060_form_values_of_the_declared_type_and_number_inputs_are_fine() =>
        VerifyAsync(Flow(
            Screen("START", "{ \"type\": \"TextInput\", \"name\": \"who\", \"label\": \"Who\" }, { \"type\": \"TextInput\", \"name\": \"age\", \"label\": \"Age\", \"input-type\": \"number\" }, "
                + NavigateFooter("END", "{ \"name\": \"${form.who}\", \"age\": \"${form.age}\" }")) + ",\n"
            + End(extra: "\"data\": { \"name\": { \"type\": \"string\", \"__example__\": \"Ann\" }, \"age\": { \"type\": \"string\", \"__example__\": \"3\" } }, ", children: "{ \"type\": \"TextBody\", \"text\": \"${data.name}\" }, { \"type\": \"TextBody\", \"text\": \"${data.age}\" }")));
}
