using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// The remaining documented component rules: TextInput pattern, CalendarPicker by mode and include-days, the components
/// allowed in If and Switch, one Form per screen, ImageCarousels per flow, DatePicker/CalendarPicker on-select actions,
/// and the sensitive list.
/// </summary>
public class ConfigurationRuleTests
{
    private const string IfAllowed = "TextHeading, TextSubheading, TextBody, TextCaption, TextInput, TextArea, CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector, Footer, OptIn, EmbeddedLink, DatePicker, Image, If, Switch";

    private const string SwitchAllowed = "TextHeading, TextSubheading, TextBody, TextCaption, TextInput, TextArea, CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector, Footer, OptIn, EmbeddedLink, DatePicker, Image";

    private const string OkData = "\"data\": { \"ok\": { \"type\": \"boolean\", \"__example__\": true }, \"kind\": { \"type\": \"string\", \"__example__\": \"a\" } }, ";

    private static string TextInput(string extra) => "{ \"type\": \"TextInput\", \"name\": \"code\", \"label\": \"Code\"" + extra + " }";

    private static string Calendar(string extra) => "{ \"type\": \"CalendarPicker\", \"name\": \"when\", \"label\": \"When\"" + extra + " }";

    [Fact]
    public Task Metas_pattern_examples_are_fine() =>
        VerifyAsync(Flow(End(children:
            TextInput(", \"input-type\": \"text\", \"pattern\": \"^(19|20)\\\\d\\\\d-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$\", \"helper-text\": \"E.g. 1993-08-04\"").Replace("\"code\"", "\"born\"")
            + ", " + TextInput(", \"input-type\": \"passcode\", \"pattern\": \"007\", \"helper-text\": \"Contains: 007\""))));

    [Fact]
    public Task FT1083_pattern_with_an_email_input() =>
        VerifyAsync(
            Flow(End(children: TextInput(", \"input-type\": \"email\", {|#0:\"pattern\"|}: \".+@example\\\\.com\", \"helper-text\": \"Work email\""))),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(0)
                .WithArguments("pattern", "TextInput 'code' on screen 'END'", "works only with input-type text, number, password or passcode, and this one is 'email'; remove 'pattern' or change 'input-type'"));

    [Fact]
    public Task FT1038_pattern_needs_helper_text() =>
        VerifyAsync(
            Flow(End(children: TextInput(", {|#0:\"pattern\"|}: \"[0-9]{6}\""))),
            new DiagnosticResult(DiagnosticDescriptors.MissingRequiredProperty).WithLocation(0).WithArguments("TextInput 'code' on screen 'END' has a 'pattern', so it", "helper-text"));

    [Fact]
    public Task FT1084_pattern_that_does_not_compile()
    {
        const string pattern = "([0-9]{6}";
        string expected;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            throw new InvalidOperationException("the pattern of this test must not parse");
        }
        catch (ArgumentException exception)
        {
            expected = exception.Message;
        }

        return VerifyAsync(
            Flow(End(children: TextInput(", \"pattern\": {|#0:\"" + pattern + "\"|}, \"helper-text\": \"Six digits\""))),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPattern).WithLocation(0).WithArguments("TextInput 'code' on screen 'END'", expected));
    }

    [Fact]
    public Task FT1083_range_only_properties_in_single_mode() =>
        VerifyAsync(
            Flow(End(children: Calendar(", {|#0:\"title\"|}: \"Dates\", \"mode\": \"single\", {|#1:\"max-days\"|}: 5"))),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(0)
                .WithArguments("title", "CalendarPicker 'when' on screen 'END'", "exists only when 'mode' is \"range\"; remove it or set \"mode\": \"range\""),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(1)
                .WithArguments("max-days", "CalendarPicker 'when' on screen 'END'", "exists only when 'mode' is \"range\"; remove it or set \"mode\": \"range\""));

    [Fact]
    public Task FT1083_range_values_by_mode() =>
        VerifyAsync(
            Flow(End(children:
                "{ \"type\": \"CalendarPicker\", \"name\": \"stay\", \"mode\": \"range\", \"label\": {|#0:\"Stay\"|}, \"required\": {|#1:{ \"end-date\": true }|}, \"helper-text\": { \"start-date\": \"From\", {|#2:\"until\"|}: \"To\" } }, "
                + Calendar(", \"helper-text\": {|#3:{ \"start-date\": \"From\" }|}"))),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(0)
                .WithArguments("label", "CalendarPicker 'stay' on screen 'END'", "must be {\"start-date\": ..., \"end-date\": ...} when 'mode' is \"range\", not a string"),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(1)
                .WithArguments("required", "CalendarPicker 'stay' on screen 'END'", "must be {\"start-date\": ...} or {\"start-date\": ..., \"end-date\": ...} when 'mode' is \"range\"; add \"start-date\""),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(2)
                .WithArguments("helper-text", "CalendarPicker 'stay' on screen 'END'", "takes only the keys start-date and end-date, not 'until'"),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(3)
                .WithArguments("helper-text", "CalendarPicker 'when' on screen 'END'", "is a {\"start-date\", \"end-date\"} object, which only a range CalendarPicker takes; give a single value here or set \"mode\": \"range\""));

    [Fact]
    public Task FT1039_include_days_takes_three_letter_day_names() =>
        VerifyAsync(
            Flow(End(children: Calendar(", \"include-days\": [ \"Mon\", {|#0:\"Tuesday\"|} ]"))),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("Tuesday", "include-days", "CalendarPicker", "Mon, Tue, Wed, Thu, Fri, Sat, Sun"));

    [Fact]
    public Task FT1054_calendar_picker_inside_an_if() =>
        VerifyAsync(
            Flow(End(extra: OkData, children: "{ \"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [ " + Calendar(string.Empty).Replace("\"CalendarPicker\"", "{|#0:\"CalendarPicker\"|}") + " ] }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0)
                .WithArguments("CalendarPicker 'when'", "END", "cannot be placed inside an If; move it out of the branch (allowed there: " + IfAllowed + ")"));

    [Fact]
    public Task FT1054_if_inside_a_switch() =>
        VerifyAsync(
            Flow(End(extra: OkData, children: "{ \"type\": \"Switch\", \"value\": \"${data.kind}\", \"cases\": { \"a\": [ { \"type\": {|#0:\"If\"|}, \"condition\": \"${data.ok}\", \"then\": [ { \"type\": \"TextBody\", \"text\": \"A\" } ] } ] } }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidComponentPlacement).WithLocation(0)
                .WithArguments("If", "END", "cannot be placed inside a Switch; move it out of the branch (allowed there: " + SwitchAllowed + ")"));

    [Fact]
    public Task FT1030_two_forms_on_one_screen_from_7_0() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Form\", \"name\": \"a\", \"children\": [ " + TextInput(string.Empty) + " ] }, { \"type\": {|#0:\"Form\"|}, \"name\": \"b\", \"children\": [ " + TextInput(string.Empty).Replace("\"code\"", "\"other\"") + " ] }"), version: "7.0"),
            new DiagnosticResult(DiagnosticDescriptors.TooManyOfComponent).WithLocation(0).WithArguments("END", 2, "Form", 1));

    [Fact]
    public Task FT1030_two_forms_are_not_checked_before_7_0() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"Form\", \"name\": \"a\", \"children\": [ " + TextInput(string.Empty) + " ] }, { \"type\": \"Form\", \"name\": \"b\", \"children\": [ " + TextInput(string.Empty).Replace("\"code\"", "\"other\"") + " ] }"), version: "6.3"));

    [Fact]
    public Task FT1085_a_fourth_image_carousel_in_the_flow()
    {
        const string carousel = "{ \"type\": \"ImageCarousel\", \"images\": [ { \"src\": \"aGk=\", \"alt-text\": \"hi\" } ] }";
        var first = Screen("FIRST", carousel + ", " + carousel + ", " + NavigateFooter("END"));
        var last = End(children: carousel + ", " + carousel.Replace("\"ImageCarousel\"", "{|#0:\"ImageCarousel\"|}"));
        return VerifyAsync(
            Flow(first + ",\n" + last),
            new DiagnosticResult(DiagnosticDescriptors.TooManyInFlow).WithLocation(0).WithArguments(4, "ImageCarousel", 3, "one"));
    }

    [Theory]
    [InlineData("DatePicker")]
    [InlineData("CalendarPicker")]
    public Task FT1039_date_pickers_select_with_data_exchange_only(string type) =>
        VerifyAsync(
            Flow(End(
                extra: "\"data\": { \"picked\": { \"type\": \"string\", \"__example__\": \"x\" } }, ",
                children: "{ \"type\": \"" + type + "\", \"name\": \"when\", \"label\": \"When\", \"on-select-action\": { \"name\": {|#0:\"update_data\"|}, \"payload\": { \"picked\": \"${form.when}\" } } }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("update_data", "name", "the on-select-action of " + type, "data_exchange"));

    [Fact]
    public Task OptIn_selection_actions_update_data_from_6_0() =>
        VerifyAsync(Flow(End(
            extra: "\"data\": { \"more\": { \"type\": \"boolean\", \"__example__\": false } }, ",
            children: "{ \"type\": \"OptIn\", \"name\": \"tos\", \"label\": \"Terms\", \"on-select-action\": { \"name\": \"update_data\", \"payload\": { \"more\": true } }, \"on-unselect-action\": { \"name\": \"update_data\", \"payload\": { \"more\": false } } }")));

    [Fact]
    public Task FT1086_sensitive_name_that_matches_no_component() =>
        VerifyAsync(
            Flow(End(extra: "\"sensitive\": [ \"code\", {|#0:\"coode\"|}, {|#1:\"pin\"|} ], ", children: TextInput(string.Empty))),
            new DiagnosticResult(DiagnosticDescriptors.UnknownSensitiveField).WithLocation(0).WithArguments("coode", "END", "did you mean 'code'?"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownSensitiveField).WithLocation(1).WithArguments("pin", "END", "use the name of one of its inputs: code"));
}
