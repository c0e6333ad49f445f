using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Components, Form, If/Switch and per-screen limits (§6–§8 of the rule table).</summary>
public class ComponentRuleTests
{
    private const string OkData = "\"data\": { \"ok\": { \"type\": \"boolean\", \"__example__\": true } }, ";

    private static string Input(string name) => "{ \"type\": \"TextInput\", \"name\": \"" + name + "\", \"label\": \"L\" }";

    private static string Body(string text = "Hi") => "{ \"type\": \"TextBody\", \"text\": \"" + text + "\" }";

    [Fact]
    public Task FT1029_more_than_50_components() =>
        VerifyAsync(
            Flow(End(children: string.Join(", ", Enumerable.Repeat(Body(), 50)))).Mark("\"children\""),
            new DiagnosticResult(DiagnosticDescriptors.TooManyComponents).WithLocation(0).WithArguments("END", 51));

    [Fact]
    public Task FT1030_second_footer_outside_a_switch_with_footers() =>
        VerifyAsync(
            Flow(Screen(
                "END",
                "{ \"type\": \"Switch\", \"value\": \"${data.v}\", \"cases\": { \"a\": [ " + CompleteFooter + " ], \"b\": [ " + CompleteFooter + " ] } }, " + CompleteFooter.Replace("\"Footer\"", "{|#0:\"Footer\"|}"),
                "\"terminal\": true, \"data\": { \"v\": { \"type\": \"string\", \"__example__\": \"a\" } }, ")),
            new DiagnosticResult(DiagnosticDescriptors.TooManyOfComponent).WithLocation(0).WithArguments("END", 2, "Footer", 1));

    [Fact]
    public Task FT1030_footers_in_alternative_branches_are_fine() =>
        VerifyAsync(Flow(Screen(
            "END",
            "{ \"type\": \"Switch\", \"value\": \"${data.v}\", \"cases\": { \"a\": [ " + CompleteFooter + " ], \"b\": [ " + CompleteFooter + " ] } }",
            "\"terminal\": true, \"data\": { \"v\": { \"type\": \"string\", \"__example__\": \"a\" } }, ")));

    [Fact]
    public Task FT1030_three_embedded_links() =>
        VerifyAsync(
            Flow(End(children: string.Join(", ", Enumerable.Range(0, 3).Select(i => "{ \"type\": \"EmbeddedLink\", \"text\": \"L" + i + "\", \"on-click-action\": { \"name\": \"open_url\", \"url\": \"https://example.com\" } }")))).Mark("\"EmbeddedLink\"", occurrence: 2),
            new DiagnosticResult(DiagnosticDescriptors.TooManyOfComponent).WithLocation(0).WithArguments("END", 3, "EmbeddedLink", 2));

    [Fact]
    public Task FT1031_photo_and_document_picker_on_one_screen() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"PhotoPicker\", \"name\": \"p\", \"label\": \"P\" }, { \"type\": \"DocumentPicker\", \"name\": \"d\", \"label\": \"D\" }")).Mark("\"DocumentPicker\""),
            new DiagnosticResult(DiagnosticDescriptors.BothMediaPickers).WithLocation(0).WithArguments("END"));

    [Fact]
    public Task FT1032_input_outside_the_form_when_the_screen_has_one() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ " + Input("a") + " ] }, " + Input("b").Replace("\"TextInput\"", "{|#0:\"TextInput\"|}"))),
            new DiagnosticResult(DiagnosticDescriptors.InputOutsideForm).WithLocation(0)
                .WithArguments("TextInput", "b", "because screen 'END' has a Form (either every input is in the Form or the screen has no Form); move it into the Form"));

    private const string Calendar = "{ \"type\": \"CalendarPicker\", \"name\": \"day\", \"label\": \"Day\" }";

    private const string Photo = "{ \"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\" }";

    [Fact]
    public Task FT1032_calendar_and_photo_pickers_inside_the_form_are_fine() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ " + Input("a") + ", " + Calendar + ", " + Photo + " ] }")));

    [Fact]
    public Task FT1032_calendar_and_photo_pickers_next_to_a_form_are_reported() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ " + Input("a") + " ] }, " + Calendar + ", " + Photo))
                .Mark("\"CalendarPicker\"", 0).Mark("\"PhotoPicker\"", 1),
            new DiagnosticResult(DiagnosticDescriptors.InputOutsideForm).WithSeverity(DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("CalendarPicker", "day", "because screen 'END' has a Form (either every input is in the Form or the screen has no Form); move it into the Form"),
            new DiagnosticResult(DiagnosticDescriptors.InputOutsideForm).WithSeverity(DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("PhotoPicker", "photo", "because screen 'END' has a Form (either every input is in the Form or the screen has no Form); move it into the Form"));

    [Fact]
    public Task FT1032_inputs_without_any_form_are_fine_from_4_0() =>
        VerifyAsync(Flow(End(children: Input("a") + ", " + Input("b"))));

    [Fact]
    public Task FT1032_input_outside_form_before_4_0() =>
        VerifyAsync(
            Flow(End(children: Input("a")), version: "3.1").Mark("\"3.1\"").Mark("\"TextInput\"", 1),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("3.1", "2025-04-08"),
            new DiagnosticResult(DiagnosticDescriptors.InputOutsideForm).WithLocation(1)
                .WithArguments("TextInput", "a", "(before Flow JSON 4.0 every input must be inside a Form; wrap the inputs in { \"type\": \"Form\", \"name\": \"form\", \"children\": [...] } or raise 'version')"));

    [Fact]
    public Task FT1033_duplicate_input_name_across_if_branches() =>
        VerifyAsync(
            Flow(End(extra: OkData, children: "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ " + Input("city") + " ], \"else\": [ " + Input("city") + " ] }")).Mark("\"city\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateInputName).WithLocation(0).WithArguments("city", "END"));

    [Fact]
    public Task FT1034_footer_in_then_without_else() =>
        VerifyAsync(
            Flow(Screen("END", "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ " + CompleteFooter + " ] }", "\"terminal\": true, " + OkData)).Mark("\"If\""),
            new DiagnosticResult(DiagnosticDescriptors.FooterMissingInBranch).WithLocation(0).WithArguments("The If on screen 'END'", "an 'else' branch (add one)"));

    [Fact]
    public Task FT1034_footer_missing_in_one_switch_case() =>
        VerifyAsync(
            Flow(Screen(
                "END",
                "{ \"type\": \"Switch\", \"value\": \"${data.v}\", \"cases\": { \"a\": [ " + CompleteFooter + " ], \"b\": [ " + Body() + " ] } }",
                "\"terminal\": true, \"data\": { \"v\": { \"type\": \"string\", \"__example__\": \"a\" } }, ")).Mark("\"b\""),
            new DiagnosticResult(DiagnosticDescriptors.FooterMissingInBranch).WithLocation(0).WithArguments("The Switch on screen 'END'", "case 'b'"));

    [Fact]
    public Task FT1035_if_nested_four_levels() =>
        VerifyAsync(
            Flow(End(extra: OkData, children: Nest(4, Body()))).Mark("\"If\"", occurrence: 3),
            new DiagnosticResult(DiagnosticDescriptors.IfNestingTooDeep).WithLocation(0).WithArguments(4));

    [Fact]
    public Task FT1035_if_nested_three_levels_is_fine() =>
        VerifyAsync(Flow(End(extra: OkData, children: Nest(3, Body()))));

    private static string Nest(int levels, string inner) =>
        levels == 0 ? inner : "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ " + Nest(levels - 1, inner) + " ] }";

    [Fact]
    public Task FT1036_empty_then_branch() =>
        VerifyAsync(
            Flow(End(extra: OkData, children: "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [] }")).Mark("[]"),
            new DiagnosticResult(DiagnosticDescriptors.EmptyBranch).WithLocation(0).WithArguments("The 'then' branch of an If on screen 'END'"));

    [Fact]
    public Task FT1036_empty_switch_cases() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"v\": { \"type\": \"string\", \"__example__\": \"a\" } }, ", children: "{ \"type\": \"Switch\", \"value\": \"${data.v}\", \"cases\": {} }")).Mark("{}", occurrence: 0),
            new DiagnosticResult(DiagnosticDescriptors.EmptyBranch).WithLocation(0).WithArguments("The 'cases' of a Switch on screen 'END'"));

    [Fact]
    public Task FT1037_condition_with_literals_only() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"If\", \"condition\": \"1 == 2\", \"then\": [ " + Body() + " ] }")).Mark("\"1 == 2\""),
            new DiagnosticResult(DiagnosticDescriptors.ConditionWithoutDynamicValue).WithLocation(0).WithArguments("1 == 2"));

    [Fact]
    public Task FT1038_text_input_without_label() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"a\" }")).Mark("\"TextInput\""),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("TextInput 'a' on screen 'END'", "label"));

    [Fact]
    public Task FT1038_radio_label_is_optional_before_4_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ { \"type\": \"RadioButtonsGroup\", \"name\": \"r\", \"data-source\": [ { \"id\": \"1\", \"title\": \"One\" } ] } ] }"), version: "3.0").Mark("\"3.0\""),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("3.0", "2025-04-08"));

    [Fact]
    public Task FT1038_component_without_type() =>
        VerifyAsync(
            Flow(End(children: "{|#0:{|} \"text\": \"Hi\" }")),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("A component on screen 'END'", "type"));

    [Fact]
    public Task FT1039_invalid_input_type() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\", \"input-type\": \"date\" }")).Mark("\"date\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("date", "input-type", "TextInput", "text, number, email, password, passcode, phone"));

    [Fact]
    public Task FT1039_invalid_scale_type() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Image\", \"src\": \"iVBORw0KGgo=\", \"scale-type\": \"fill\" }")).Mark("\"fill\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("fill", "scale-type", "Image", "cover, contain"));

    [Fact]
    public Task FT1039_dynamic_enum_value_is_not_checked() =>
        VerifyAsync(Flow(End(
            extra: "\"data\": { \"t\": { \"type\": \"string\", \"__example__\": \"text\" } }, ",
            children: "{ \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\", \"input-type\": \"${data.t}\" }")));

    [Fact]
    public Task FT1040_calendar_picker_needs_6_1() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"CalendarPicker\", \"name\": \"d\", \"label\": \"Date\" }"), version: "6.0").Mark("\"CalendarPicker\""),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(0).WithArguments("The CalendarPicker component", "6.1", "6.0"));

    [Fact]
    public Task FT1040_text_input_pattern_needs_6_2() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\", \"pattern\": \"[0-9]+\", \"helper-text\": \"Digits\" }"), version: "6.1").Mark("\"pattern\""),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(0).WithArguments("The property 'pattern' of TextInput", "6.2", "6.1"));

    [Fact]
    public Task FT1046_blank_label_from_6_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"a\", \"label\": \" \" }")).Mark("\" \""),
            new DiagnosticResult(DiagnosticDescriptors.BlankString).WithLocation(0).WithArguments("The 'label' of TextInput 'a' on screen 'END'", " from Flow JSON 6.0"));

    [Fact]
    public Task FT1046_blank_text_is_rejected_in_every_version() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextHeading\", \"text\": \"\" }"), version: "5.1").Mark("\"\""),
            new DiagnosticResult(DiagnosticDescriptors.BlankString).WithLocation(0).WithArguments("The 'text' of TextHeading on screen 'END'", string.Empty));

    [Fact]
    public Task FT1047_min_chars_greater_than_max_chars() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\", \"min-chars\": 10, \"max-chars\": 5 }")).Mark("10"),
            new DiagnosticResult(DiagnosticDescriptors.MinGreaterThanMax).WithLocation(0).WithArguments("min-chars", "10", "max-chars", "5", "TextInput 'a' on screen 'END'"));

    [Fact]
    public Task FT1047_min_date_after_max_date() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"DatePicker\", \"name\": \"d\", \"label\": \"D\", \"min-date\": \"2025-02-01\", \"max-date\": \"2025-01-01\" }")).Mark("\"2025-02-01\""),
            new DiagnosticResult(DiagnosticDescriptors.MinGreaterThanMax).WithLocation(0).WithArguments("min-date", "2025-02-01", "max-date", "2025-01-01", "DatePicker 'd' on screen 'END'"));

    [Fact]
    public Task FT1048_long_footer_label_is_a_warning() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"TextBody\", \"text\": \"x\" }")).Replace("\"label\": \"Done\"", "\"label\": \"Done and send everything to us now!!\"").Mark("\"Done and send everything to us now!!\""),
            new DiagnosticResult(DiagnosticDescriptors.TextTooLong).WithLocation(0).WithArguments("The 'label' of Footer on screen 'END'", 36, 35));

    [Fact]
    public Task FT1048_counts_code_points_not_utf16_units() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"TextHeading\", \"text\": \"" + string.Concat(Enumerable.Repeat("\U0001F600", 80)) + "\" }")));

    [Fact]
    public Task FT1049_unknown_component_type() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Textbody\", \"text\": \"Hi\" }")).Mark("\"Textbody\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownComponentType).WithLocation(0).WithArguments("Textbody", string.Join(", ", FlowTypes.Generators.Flows.Validation.FlowRules.ComponentTypes)));

    [Fact]
    public Task FT1050_visible_bound_to_a_string_field() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"show\": { \"type\": \"string\", \"__example__\": \"yes\" } }, ", children: "{ \"type\": \"TextBody\", \"text\": \"Hi\", \"visible\": \"${data.show}\" }")).Mark("${data.show}"),
            new DiagnosticResult(DiagnosticDescriptors.DataTypeMismatch).WithLocation(0).WithArguments("${data.show}", "string", "END", "visible", "TextBody on screen 'END'", "boolean"));

    [Fact]
    public Task FT1050_matching_types_are_fine() =>
        VerifyAsync(Flow(End(
            extra: "\"data\": { \"show\": { \"type\": \"boolean\", \"__example__\": true }, \"lines\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"__example__\": [\"a\"] } }, ",
            children: "{ \"type\": \"TextBody\", \"text\": \"${data.lines}\", \"visible\": \"${data.show}\" }")));

    [Fact]
    public Task FT1051_timestamp_min_date_from_5_0_suggests_the_iso_date() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"DatePicker\", \"name\": \"d\", \"label\": \"D\", \"min-date\": \"1735689600000\" }")).Mark("\"1735689600000\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDateFormat).WithLocation(0).WithArguments("1735689600000", "min-date", "DatePicker 'd' on screen 'END'", "a \"YYYY-MM-DD\" date", "\"2025-01-01\""));

    [Fact]
    public Task FT1051_timestamps_are_fine_before_5_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"DatePicker\", \"name\": \"d\", \"label\": \"D\", \"min-date\": \"1735689600000\" }"), version: "4.0").Mark("\"4.0\""),
            new DiagnosticResult(DiagnosticDescriptors.FrozenFlowVersion).WithLocation(0).WithArguments("4.0", "2025-04-08"));

    private const string Radio = "{ \"type\": \"RadioButtonsGroup\", \"name\": \"size\", \"label\": \"Size\", \"data-source\": [ { \"id\": \"s\", \"title\": \"S\" } ], \"on-select-action\": { \"name\": \"update_data\", \"payload\": { \"chosen\": \"${form.size}\" } } }";

    [Fact]
    public Task FT1052_update_data_key_not_in_the_screen_data() =>
        VerifyAsync(
            Flow(End(children: Radio)).Mark("\"chosen\""),
            new DiagnosticResult(DiagnosticDescriptors.UpdateDataUnknownField).WithLocation(0).WithArguments("chosen", "END"));

    [Fact]
    public Task FT1052_update_data_key_declared_is_fine() =>
        VerifyAsync(Flow(End(extra: "\"data\": { \"chosen\": { \"type\": \"string\", \"__example__\": \"s\" } }, ", children: Radio)));

    [Fact]
    public Task FT1053_left_caption_without_right_caption() =>
        VerifyAsync(
            Flow(End()).Replace("\"label\": \"Done\"", "\"label\": \"Done\", \"left-caption\": \"Total\"").Mark("\"left-caption\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidFooterCaptions).WithLocation(0).WithArguments("END", "left-caption", "without 'right-caption'"));

    [Fact]
    public Task FT1053_center_caption_with_a_side_caption() =>
        VerifyAsync(
            Flow(End()).Replace("\"label\": \"Done\"", "\"label\": \"Done\", \"center-caption\": \"Now\", \"right-caption\": \"$5\"").Mark("\"right-caption\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidFooterCaptions).WithLocation(0).WithArguments("END", "right-caption", "together with 'center-caption'"));

    [Fact]
    public Task FT1053_left_and_right_captions_together_are_fine() =>
        VerifyAsync(Flow(End()).Replace("\"label\": \"Done\"", "\"label\": \"Done\", \"left-caption\": \"Total\", \"right-caption\": \"$5\""));

    [Fact]
    public Task FT1054_rich_text_with_other_components() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"RichText\", \"text\": \"# Terms\" }, " + Body())).Mark("\"RichText\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0).WithArguments("RichText", "END", "can only share its screen with a Footer; move the other components to another screen"));

    [Fact]
    public Task FT1054_rich_text_with_a_footer_is_fine_from_6_3() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"RichText\", \"text\": \"# Terms\" }")));

    [Fact]
    public Task FT1054_navigation_list_on_a_terminal_screen_with_other_components() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"NavigationList\", \"name\": \"menu\", \"list-items\": [ { \"id\": \"a\", \"main-content\": { \"title\": \"A\" } } ] }")).Mark("\"NavigationList\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0).WithArguments("NavigationList", "END", "cannot be combined with other components; move them to another screen"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0).WithArguments("NavigationList", "END", "cannot be used on a terminal screen; navigate from it to a terminal screen instead"));

    [Fact]
    public Task FT1055_chips_selector_with_one_option() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"ChipsSelector\", \"name\": \"c\", \"label\": \"C\", \"data-source\": [ { \"id\": \"a\", \"title\": \"A\" } ] }")).Mark("[ { \"id\": \"a\", \"title\": \"A\" } ]"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidItemCount).WithLocation(0).WithArguments("data-source", "ChipsSelector 'c' on screen 'END'", 1, 2, 20, "add items"));

    [Fact]
    public Task FT1055_radio_group_with_21_options() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"RadioButtonsGroup\", \"name\": \"r\", \"label\": \"R\", \"data-source\": {|#0:[ " + string.Join(", ", Enumerable.Range(0, 21).Select(i => "{ \"id\": \"" + i + "\", \"title\": \"T" + i + "\" }")) + " ]|} }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidItemCount).WithLocation(0).WithArguments("data-source", "RadioButtonsGroup 'r' on screen 'END'", 21, 1, 20, "remove items or split them over several components or screens"));

    [Fact]
    public Task FT1056_more_than_100_screens() =>
        VerifyAsync(
            Flow(string.Join(",\n", Enumerable.Range(0, 101).Select(i => End(new string('A', i + 1))))).Mark("\"screens\""),
            new DiagnosticResult(DiagnosticDescriptors.TooManyScreens).WithLocation(0).WithArguments(101));

    [Fact]
    public Task FT1054_footer_in_a_nested_if() =>
        VerifyAsync(
            Flow(Screen(
                "END",
                "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ { \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ "
                    + CompleteFooter.Replace("\"Footer\"", "{|#0:\"Footer\"|}") + " ], \"else\": [ " + CompleteFooter.Replace("\"Footer\"", "{|#1:\"Footer\"|}") + " ] } ] }",
                "\"terminal\": true, " + OkData)),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0)
                .WithArguments("Footer", "END", "is inside a nested If, but a Footer can only be placed in a first-level If; move it to the outer If's branches"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(1)
                .WithArguments("Footer", "END", "is inside a nested If, but a Footer can only be placed in a first-level If; move it to the outer If's branches"));

    [Fact]
    public Task FT1048_navigation_list_item_title_is_a_warning() =>
        VerifyAsync(
            Flow(Screen("MENU", "{ \"type\": \"NavigationList\", \"name\": \"menu\", \"list-items\": [ { \"id\": \"a\", \"main-content\": { \"title\": \"A title that is far too long to show\" }, \"on-click-action\": { \"name\": \"navigate\", \"next\": { \"type\": \"screen\", \"name\": \"END\" }, \"payload\": {} } } ] }") + ",\n" + End())
                .Mark("\"A title that is far too long to show\""),
            new DiagnosticResult(DiagnosticDescriptors.TextTooLong).WithLocation(0).WithArguments("The 'main-content.title' of a list item of NavigationList 'menu' on screen 'MENU'", 36, 30));

    private const string Checkbox = "{ \"type\": \"CheckboxGroup\", \"name\": \"toppings\", \"label\": \"T\", \"data-source\": [ { \"id\": \"cheese\", \"title\": \"Cheese\" } ] }";

    [Fact]
    public Task FT1058_checkbox_init_value_must_be_an_array_from_7_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"init-values\": { \"toppings\": \"cheese\" }, \"children\": [ " + Checkbox + " ] }")).Mark("\"cheese\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidInitValue).WithLocation(0)
                .WithArguments("init-values entry 'toppings' of Form 'f'", "END", "CheckboxGroup 'toppings' needs an array of strings from Flow JSON 7.0, not a string"));

    [Fact]
    public Task FT1058_array_init_value_is_fine() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"init-values\": { \"toppings\": [\"cheese\"] }, \"children\": [ " + Checkbox + " ] }")));

    [Fact]
    public Task FT1058_photo_picker_in_init_values() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"init-values\": { \"photo\": \"x\" }, \"children\": [ { \"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"P\" } ] }")).Mark("\"photo\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidInitValue).WithLocation(0).WithArguments("init-values entry 'photo' of Form 'f'", "END", "a PhotoPicker cannot be initialised; remove the entry"));

    [Fact]
    public Task FT1058_init_value_on_an_input_inside_a_form() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"children\": [ { \"type\": \"TextInput\", \"name\": \"a\", \"label\": \"A\", \"init-value\": \"x\" } ] }")).Mark("\"init-value\""),
            new DiagnosticResult(DiagnosticDescriptors.InvalidInitValue).WithLocation(0)
                .WithArguments("'init-value' of TextInput 'a'", "END", "this property exists only on inputs outside a Form; inside a Form use the Form's 'init-values' map"));

    [Fact]
    public Task FT1058_form_error_message_must_be_a_string_from_7_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"error-messages\": { \"toppings\": {|#0:[\"Pick one\"]|}, \"note\": \"${data.note_error}\" }, \"children\": [ " + Checkbox
                + ", { \"type\": \"TextArea\", \"name\": \"note\", \"label\": \"Note\" } ] }", extra: "\"data\": { \"note_error\": { \"type\": \"string\", \"__example__\": \"Too long\" } }, ")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidInitValue).WithLocation(0)
                .WithArguments("error-messages entry 'toppings' of Form 'f'", "END", "the message for CheckboxGroup 'toppings' must be a string from Flow JSON 7.0, not an array"));

    [Fact]
    public Task FT1058_form_error_messages_are_not_typed_before_7_0() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"Form\", \"name\": \"f\", \"error-messages\": { \"toppings\": [\"Pick one\"] }, \"children\": [ " + Checkbox + " ] }"), version: "6.3"));
}
