using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>FT1061 unknown property keys below the screen (INVALID_PROPERTY_KEY), and FT1005's suggestion at the top and screen levels.</summary>
public class PropertyKeyRuleTests
{
    private static DiagnosticResult Unknown(int location, string key, string where, string fix) =>
        new DiagnosticResult(DiagnosticDescriptors.UnknownPropertyKey).WithSeverity(DiagnosticSeverity.Error).WithLocation(location).WithArguments(key, where, fix);

    [Fact]
    public Task FT1061_snake_case_spelling_of_a_component_property_suggests_the_kebab_case_key() =>
        VerifyAsync(
            Flow(End(children: """{ "type": "TextInput", "name": "email", "label": "Email", "helper_text": "Your work email" }""")).Mark("\"helper_text\""),
            Unknown(0, "helper_text", "on TextInput in Flow JSON 7.3", "did you mean 'helper-text'?"));

    [Fact]
    public Task FT1061_a_key_no_component_has_lists_the_allowed_keys() =>
        VerifyAsync(
            Flow(End(children: """{ "type": "TextBody", "id": "intro", "text": "Hello" }""")).Mark("\"id\"", occurrence: 1),
            Unknown(0, "id", "on TextBody in Flow JSON 7.3", "remove it or fix its spelling (allowed: type, text, font-weight, strikethrough, visible, markdown)"));

    [Fact]
    public Task FT1061_a_key_of_a_later_version_names_the_version() =>
        VerifyAsync(
            Flow(
                End(
                    extra: "\"data\": { \"picked\": { \"type\": \"string\", \"__example__\": \"a\" } }, ",
                    children: """{ "type": "Dropdown", "name": "size", "label": "Size", "data-source": [ { "id": "s", "title": "S" } ], "on-unselect-action": { "name": "update_data", "payload": { "picked": "" } } }"""),
                version: "5.1").Mark("\"on-unselect-action\"").Mark("\"update_data\"", 1),
            Unknown(0, "on-unselect-action", "on Dropdown in Flow JSON 5.1", "it exists from Flow JSON 6.0; raise 'version' or remove it"),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(1).WithArguments("The 'update_data' action", "6.0", "5.1"));

    [Fact]
    public Task FT1061_unknown_keys_in_layout_action_next_and_data_source_item() =>
        VerifyAsync(
            Flow(
                Screen(
                    "START",
                    """{ "type": "RadioButtonsGroup", "name": "size", "label": "Size", "data-source": [ { "id": "s", "title": "S", "value": "small" } ] }, """
                    + """{ "type": "Footer", "label": "Next", "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "END", "screen": "END" }, "payload": {}, "url": "x" } }""")
                    .Replace("\"children\": [", "\"padding\": 4, \"children\": [")
                + ",\n" + End())
                .Mark("\"value\"", 0).Mark("\"screen\"", 1, occurrence: 1).Mark("\"url\"", 2).Mark("\"padding\"", 3),
            Unknown(0, "value", "on a data-source item of RadioButtonsGroup", "remove it or fix its spelling (allowed: id, title, description, metadata, enabled, image, alt-text, color, on-select-action, on-unselect-action)"),
            Unknown(1, "screen", "in the 'next' of a navigate action", "remove it or fix its spelling (allowed: type, name)"),
            Unknown(2, "url", "in a 'navigate' action (on-click-action of Footer on screen 'START')", "remove it or fix its spelling (allowed: name, next, payload)"),
            Unknown(3, "padding", "in the layout of screen 'START'", "remove it or fix its spelling (allowed: type, children)"));

    [Fact]
    public Task FT1061_data_field_schema_key_suggests_example() =>
        VerifyAsync(
            Flow(End(extra: "\"data\": { \"name\": { \"type\": \"string\", \"example\": \"Ann\" } }, ")).Mark("\"name\"").Mark("\"example\"", 1),
            new DiagnosticResult(DiagnosticDescriptors.MissingDataExample).WithLocation(0).WithArguments("name", "END", "string"),
            Unknown(1, "example", "in the schema of data field 'name'", "did you mean '__example__'?"));

    [Fact]
    public Task FT1005_suggests_the_screen_key_a_camel_case_spelling_means() =>
        VerifyAsync(
            Flow(End(extra: "\"refreshOnBack\": true, ")).Mark("\"refreshOnBack\""),
            new DiagnosticResult(DiagnosticDescriptors.UnknownProperty).WithLocation(0)
                .WithArguments("refreshOnBack", "on a screen (did you mean 'refresh_on_back'?)", "id, layout, title, terminal, success, refresh_on_back, data, sensitive"));

    [Fact]
    public Task FT1061_every_documented_key_of_each_component_is_accepted() =>
        VerifyAsync(Flow(
            Screen(
                "START",
                """
                { "type": "TextHeading", "text": "A", "visible": true },
                { "type": "TextBody", "text": "B", "font-weight": "bold", "strikethrough": false, "markdown": false, "visible": true },
                { "type": "TextInput", "name": "a", "label": "A", "input-type": "text", "required": true, "min-chars": 1, "max-chars": 9, "helper-text": "h", "visible": true, "enabled": true, "init-value": "x", "error-message": "e", "pattern": "[a-z]+", "label-variant": "large" },
                { "type": "TextArea", "name": "b", "label": "B", "required": false, "max-length": 9, "helper-text": "h", "enabled": true, "visible": true, "label-variant": "large" },
                { "type": "CheckboxGroup", "name": "c", "label": "C", "description": "d", "min-selected-items": 1, "max-selected-items": 2, "required": true, "enabled": true, "visible": true, "media-size": "regular",
                  "data-source": [ { "id": "x", "title": "X", "description": "d", "metadata": "m", "enabled": true }, { "id": "y", "title": "Y" } ] },
                { "type": "DatePicker", "name": "d", "label": "D", "min-date": "2024-01-01", "max-date": "2024-12-31", "unavailable-dates": [], "helper-text": "h", "required": false, "enabled": true, "visible": true },
                { "type": "Image", "src": "iVBORw0KGgo=", "width": 10, "height": 10, "scale-type": "cover", "aspect-ratio": 1, "alt-text": "a", "visible": true },
                { "type": "Footer", "label": "Next", "left-caption": "l", "right-caption": "r", "enabled": true, "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "END" }, "payload": {} } }
                """) + ",\n" + End()));
}
