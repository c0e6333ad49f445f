using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// Every valid-intended corpus flow produces exactly the listed errors: each one was checked by hand against
/// docs/flow-rules.md (the Meta rule it breaks is named per file). Warnings (FT1004 frozen version, FT1048 display
/// character limits, FT1059 mixed text) are left out of the exact comparison; FT1004 is asserted separately below.
/// </summary>
public class CorpusValidationTests
{
    private static readonly Dictionary<string, string[]> KnownViolations = new(StringComparer.Ordinal)
    {
        // PhotoPicker value ${form.problem_photo} passed in a navigate payload (Media upload guide: not allowed in navigate); PhotoPicker with a 'required' key it does not have.
        ["8x8-docs__whatsapp-flows-examples-professional-services__flowJson.json"] = new[]
        {
            "FT1018@300:39", // Media picker value in a navigate payload (Media upload guide)
            "FT1061@260:17", // PhotoPicker has no 'required' (Media upload guide: min-uploaded-photos > 0 makes it required) (INVALID_PROPERTY_KEY)
        },
        // CalendarPicker in a 5.0 flow (needs 6.1); 'complete' on a non-terminal screen; SUCCESS_SCREEN uses ${data.appointment_date}/${data.time_slot} without declaring them; array data fields without 'items'; Dropdown with a 'helper-text' key it does not have.
        ["ChristianGroove__agency-manager__src__lib__meta__flows__schemas__appointment_booking.json"] = new[]
        {
            "FT1038@15:17", // Required property is missing (MISSING_REQUIRED_PROPERTY)
            "FT1038@23:17", // Required property is missing (MISSING_REQUIRED_PROPERTY)
            "FT1040@53:41", // Feature needs a newer Flow JSON version (INVALID_PROPERTY_KEY / INVALID_ENUM_VALUE per version schema)
            "FT1061@75:33", // Dropdown has no 'helper-text' (Components reference: Dropdown properties) (INVALID_PROPERTY_KEY)
            "FT1012@113:45", // 'complete' action on a non-terminal screen (INVALID_COMPLETE_ACTION)
            "FT1019@143:33", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
            "FT1019@143:33", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
        },
        // 'complete' on a non-terminal screen; ${data.contact_email} used on screens that do not declare it.
        ["ChristianGroove__agency-manager__src__lib__meta__flows__schemas__lead_generation.json"] = new[]
        {
            "FT1019@167:56", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
            "FT1012@181:45", // 'complete' action on a non-terminal screen (INVALID_COMPLETE_ACTION)
            "FT1019@185:59", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
            "FT1019@210:33", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
        },
        // 'complete' on a non-terminal screen.
        ["ChristianGroove__agency-manager__src__lib__meta__flows__schemas__tech_support.json"] = new[]
        {
            "FT1012@151:45", // 'complete' action on a non-terminal screen (INVALID_COMPLETE_ACTION)
        },
        // NavigationList item navigates to FOURTH_SCREEN, which the file does not define; navigate to FIFTH_SCREEN omits its declared data field first_name, another passes it as a boolean although it is declared a string.
        ["david-lev__pywa__tests__data__flows__6_2__examples__navigation_list.json"] = new[]
        {
            "FT1014@83:29", // Navigate target does not exist (INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME)
            "FT1016@105:19", // Navigate payload lacks a field of the next screen (INVALID_NAVIGATE_ACTION_PAYLOAD / MISSING_NAVIGATION_ACTION_PAYLOAD)
            "FT1060@125:35", // Navigate payload value has the wrong type (INVALID_NAVIGATE_ACTION_PAYLOAD)
        },
        // next.name is an expression, not a screen id; RadioButtonsGroup without the label required from 4.0; If condition without any ${...} operand; array data field city_list without 'items'.
        ["diegomaury__whatsapp-flow-backend__src__templates__adelanto@3bf663a8.json"] = new[]
        {
            "FT1038@55:9", // Required property is missing (MISSING_REQUIRED_PROPERTY)
            "FT1014@88:25", // Navigate target does not exist (INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME)
            "FT1038@197:21", // Required property is missing (MISSING_REQUIRED_PROPERTY)
            "FT1037@260:26", // If condition has no dynamic operand (INVALID_PROPERTY_VALUE)
        },
        // ${data.firstname} never declared; ${form.x} used for inputs of earlier screens (needs ${screen.ID.form.x}); TextInputs with a 'placeholder' key, which Meta rejects.
        ["diegomaury__whatsapp-flow-backend__src__templates__listing.json"] = new[]
        {
            "FT1019@24:27", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
            "FT1019@166:34", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
            "FT1020@170:73", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@170:119", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@170:188", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@215:29", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@216:26", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@217:33", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1061@75:13", // TextInput has no 'placeholder' (Components reference: TextInput properties; use helper-text) (INVALID_PROPERTY_KEY)
            "FT1061@141:13", // TextInput has no 'placeholder' (INVALID_PROPERTY_KEY)
        },
        // navigate payload keys not declared in the next screen's data (endpoint-less flow); ${form.x} for inputs of earlier screens.
        ["misingo255__whatsapp-flows-template__assets__zan_fast_ferries@af661795.json"] = new[]
        {
            "FT1017@60:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@61:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@62:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@63:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@126:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@127:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@128:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@129:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@215:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@216:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@217:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1017@218:29", // Navigate payload has a field the next screen does not declare (INVALID_NAVIGATE_ACTION_PAYLOAD)
            "FT1020@263:48", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@264:46", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@265:48", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@266:40", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@267:47", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@268:39", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@269:38", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@270:38", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@271:40", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@272:40", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@273:50", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@274:51", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
        },
        // data_api_version without routing_model.
        ["sipsyai__whatsapp-builder__.playwright-mcp__stok-yonetimi-flow@dd32ee61.json"] = new[]
        {
            "FT1042@3:3", // data_api_version needs routing_model (MISSING_REQUIRED_PROPERTY)
        },
        // CONFIRM_SCREEN navigates to itself (twice); 'complete' in an EmbeddedLink.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__flows__price-update-flow.json"] = new[]
        {
            "FT1015@270:25", // Navigate to the same screen (INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME)
            "FT1015@297:25", // Navigate to the same screen (INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME)
            "FT1013@381:23", // 'complete' action outside a Footer (INVALID_ENUM_VALUE / INVALID_COMPLETE_ACTION)
        },
        // ERROR_SCREEN has no route to or from any screen.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__low-stock-report-flow.json"] = new[]
        {
            "FT1027@365:13", // Screen is not connected to the flow (INVALID_ROUTING_MODEL)
        },
        // ERROR_SCREEN has no route to or from any screen.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__price-update-flow.json"] = new[]
        {
            "FT1027@352:13", // Screen is not connected to the flow (INVALID_ROUTING_MODEL)
        },
        // Screen id SUCCESS; 'success' on non-terminal screens; inputs outside a Form in a 3.1 flow; ${form.x} for earlier screens' inputs; screens missing from routing_model.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__salon-appointment-flow.json"] = new[]
        {
            "FT1011@12:7", // 'success' on a non-terminal screen (NOT_KEYWORD_SCHEMA_VALIDATION_FAILED)
            "FT1011@43:7", // 'success' on a non-terminal screen (NOT_KEYWORD_SCHEMA_VALIDATION_FAILED)
            "FT1032@62:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1032@100:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1023@137:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1011@140:7", // 'success' on a non-terminal screen (NOT_KEYWORD_SCHEMA_VALIDATION_FAILED)
            "FT1032@174:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1020@184:29", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@185:29", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1032@191:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1023@213:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1011@216:7", // 'success' on a non-terminal screen (NOT_KEYWORD_SCHEMA_VALIDATION_FAILED)
            "FT1032@239:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1032@247:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1032@255:21", // Input outside the Form (KEYWORD_ONE_OF / COMPONENTS_OUTSIDE_FORM)
            "FT1020@267:29", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@268:29", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@269:38", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1020@270:38", // Form reference does not match an input (INVALID_SCREEN_DYNAMIC_DATA / INVALID_ON_CLICK_ACTION_PAYLOAD)
            "FT1007@282:13", // Screen id is reserved (SCREEN_ID_IS_RESERVED_KEYWORD)
            "FT1023@282:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // Screen id SUCCESS is reserved.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__salon-dynamic-flow.json"] = new[]
        {
            "FT1007@241:13", // Screen id is reserved (SCREEN_ID_IS_RESERVED_KEYWORD)
        },
        // Screen id SUCCESS is reserved.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__salon-simple-flow.json"] = new[]
        {
            "FT1007@225:13", // Screen id is reserved (SCREEN_ID_IS_RESERVED_KEYWORD)
        },
        // ERROR_SCREEN has no route to or from any screen.
        ["sipsyai__whatsapp-builder__backend__src__modules__chatbots__stock-management-flow.json"] = new[]
        {
            "FT1027@289:13", // Screen is not connected to the flow (INVALID_ROUTING_MODEL)
        },
        // Nested expressions join text with '+', which Meta's expressions use only to add numbers (Flow JSON reference, "Nested
        // Expressions": string concatenation is parts side by side; Flow Builder: "Operation '+' can only be used with numbers").
        ["sipsyai__whatsapp-builder__docs__demo-flows__berber-randevu-flow.json"] = new[]
        {
            "FT1065@99:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
            "FT1065@164:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
            "FT1065@230:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
            "FT1065@234:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
            "FT1065@238:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
            "FT1065@242:23", // '+' does not concatenate strings (INVALID_PROPERTY_VALUE)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model. DatePicker min-date/max-date are millisecond timestamps in a 5.0+ flow (must be YYYY-MM-DD).
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__01-berber-randevu-whatsapp-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@63:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1051@92:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1051@93:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1023@167:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model. DatePicker min-date/max-date are millisecond timestamps in a 5.0+ flow (must be YYYY-MM-DD).
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__flows__01-berber-randevu-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@63:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1051@92:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1051@93:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1023@158:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model. DatePicker min-date/max-date are millisecond timestamps in a 5.0+ flow (must be YYYY-MM-DD).
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__flows__02-restoran-rezervasyon-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1051@27:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1051@28:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1023@84:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@158:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model. DatePicker min-date/max-date are millisecond timestamps in a 5.0+ flow (must be YYYY-MM-DD).
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__flows__03-klinik-randevu-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@51:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@96:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1051@115:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1051@116:25", // Date is not a YYYY-MM-DD string (CMP)
            "FT1023@190:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model.
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__flows__04-eticaret-siparis-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@49:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@108:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@185:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // routing_model: {} with several screens: every screen is missing from the routing model.
        ["sipsyai__whatsapp-builder__docs__demo-chatbots__flows__05-emlak-danismanlik-flow.json"] = new[]
        {
            "FT1023@7:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@60:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@146:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
            "FT1023@235:13", // Screen missing from the routing model (INVALID_ROUTING_MODEL)
        },
        // Screen id SUCCESS is reserved.
        ["sipsyai__whatsapp-builder__docs__whatsapp-flow-dynamic-calendar__examples__simple-flow-example.json"] = new[]
        {
            "FT1007@58:13", // Screen id is reserved (SCREEN_ID_IS_RESERVED_KEYWORD)
        },
        // Compiler fixture with every component: RichText sharing its screen with other components; update_data key chosen_size not in START's data; NavigationList next to a TextHeading; PhotoPicker and DocumentPicker on the same screen; CheckboxGroup inside the Form with its own init-value;
        // a TextInput pattern without the helper-text Meta requires with it; a range CalendarPicker whose label is a plain string instead of {start-date, end-date}.
        ["spookyuser__whatsapp-flows__fixtures__all-components__flow@5627e9b9.json"] = new[]
        {
            "FT1038@88:17", // Required property is missing: helper-text with pattern (Components reference, TextInput; MISSING_REQUIRED_PROPERTY)
            "FT1083@183:26", // Property does not fit the component's configuration: range label must be {start-date, end-date} (Components reference, CalendarPicker; INVALID_TYPE)
            "FT1054@43:21", // Component cannot share the screen or be placed here (INVALID_RICHTEXT_PLACEMENT / INVALID_COMPONENT_PLACEMENT)
            "FT1052@118:21", // update_data payload key is not a field of the screen's data (INVALID_ACTION_PAYLOAD_PROPERTY)
            "FT1058@154:17", // Invalid initial value (NATIVE_COMPONENT_IN_FORM_INIT_VALUES / INVALID_PROPERTY_TYPE)
            "FT1031@275:25", // PhotoPicker and DocumentPicker on one screen (Media upload guide)
            "FT1054@310:21", // Component cannot share the screen or be placed here (INVALID_RICHTEXT_PLACEMENT / INVALID_COMPONENT_PLACEMENT)
        },
        // Form init-values bound to ${data.init_values}, which the screen does not declare.
        ["treble-ai__whatsapp-flows-example__flow.json"] = new[]
        {
            "FT1019@53:29", // Dynamic data is not declared in the screen's data (INVALID_SCREEN_DYNAMIC_DATA)
        },
    };

    [Theory]
    [MemberData(nameof(TestData.ValidFlowFileData), MemberType = typeof(TestData))]
    public async Task Corpus_flow_reports_exactly_its_known_violations(string corpusFile)
    {
        var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), TestData.ReadCorpus(corpusFile));
        var actual = diagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(FlowAnalysis.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var expected = KnownViolations.TryGetValue(corpusFile, out var known) ? known.OrderBy(k => k, StringComparer.Ordinal).ToArray() : Array.Empty<string>();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(TestData.ValidFlowFileData), MemberType = typeof(TestData))]
    public async Task Corpus_flow_on_a_frozen_version_gets_exactly_one_FT1004(string corpusFile)
    {
        var text = TestData.ReadCorpus(corpusFile);
        var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), text);
        var frozen = new[] { "\"2.1\"", "\"3.0\"", "\"3.1\"", "\"4.0\"", "\"5.0\"" };
        var version = System.Text.RegularExpressions.Regex.Match(text, "\"version\"\\s*:\\s*(\"[^\"]*\")").Groups[1].Value;
        Assert.Equal(frozen.Contains(version) ? 1 : 0, diagnostics.Count(d => d.Id == DiagnosticDescriptors.FrozenFlowVersionId));
    }

    [Fact]
    public void Every_listed_corpus_file_exists()
    {
        var files = TestData.ValidFlowFiles().ToHashSet();
        Assert.All(KnownViolations.Keys, key => Assert.Contains(key, files));
    }
}
