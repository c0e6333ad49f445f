using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>PhotoPicker and DocumentPicker in the flow file: ranges, mime types and where their value may go (Media upload guide).</summary>
public class PickerRuleTests
{
    private const string Mimes =
        "application/gzip, application/msword, application/pdf, application/vnd.ms-excel, application/vnd.ms-powerpoint, "
        + "application/vnd.oasis.opendocument.presentation, application/vnd.oasis.opendocument.spreadsheet, application/vnd.oasis.opendocument.text, "
        + "application/vnd.openxmlformats-officedocument.presentationml.presentation, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/x-7z-compressed, application/zip, "
        + "image/avif, image/gif, image/heic, image/heif, image/jpeg, image/png, image/tiff, image/webp, text/plain, video/mp4, video/mpeg";

    private static string Photo(string extra) => "{ \"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\"" + extra + " }";

    private static string Document(string extra) => "{ \"type\": \"DocumentPicker\", \"name\": \"doc\", \"label\": \"Document\"" + extra + " }";

    private static string CompleteWith(string payload) =>
        "{ \"type\": \"Footer\", \"label\": \"Send\", \"on-click-action\": { \"name\": \"complete\", \"payload\": " + payload + " } }";

    [Fact]
    public Task FT1080_file_size_above_25600_kib() =>
        VerifyAsync(
            Flow(End(children: Photo(", \"max-file-size-kb\": {|#0:30000|}"))),
            new DiagnosticResult(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0)
                .WithArguments("max-file-size-kb", "PhotoPicker 'photo' on screen 'END'", "30000", "a whole number from 1 to 25600"));

    [Fact]
    public Task FT1080_negative_and_fractional_counts() =>
        VerifyAsync(
            Flow(End(children: Document(", \"min-uploaded-documents\": {|#0:-1|}, \"max-uploaded-documents\": {|#1:2.5|}"))),
            new DiagnosticResult(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0)
                .WithArguments("min-uploaded-documents", "DocumentPicker 'doc' on screen 'END'", "-1", "a whole number from 0 to 30"),
            new DiagnosticResult(DiagnosticDescriptors.ValueOutOfRange).WithLocation(1)
                .WithArguments("max-uploaded-documents", "DocumentPicker 'doc' on screen 'END'", "2.5", "a whole number from 1 to 30"));

    [Fact]
    public Task FT1080_a_count_written_as_a_string() =>
        VerifyAsync(
            Flow(End(children: Photo(", \"max-uploaded-photos\": {|#0:\"5\"|}"))),
            new DiagnosticResult(DiagnosticDescriptors.ValueOutOfRange).WithLocation(0)
                .WithArguments("max-uploaded-photos", "PhotoPicker 'photo' on screen 'END'", "the string \"5\"", "a whole number from 1 to 30 (a JSON number, not a string)"));

    [Fact]
    public Task FT1080_limits_and_bound_values_are_fine() =>
        VerifyAsync(Flow(End(
            extra: "\"data\": { \"n\": { \"type\": \"number\", \"__example__\": 3 } }, ",
            children: Photo(", \"max-file-size-kb\": 25600, \"min-uploaded-photos\": 0, \"max-uploaded-photos\": \"${data.n}\""))));

    [Fact]
    public Task FT1039_unknown_mime_type_lists_the_supported_ones() =>
        VerifyAsync(
            Flow(End(children: Document(", \"allowed-mime-types\": [ \"application/pdf\", {|#0:\"application/json\"|} ]"))),
            new DiagnosticResult(DiagnosticDescriptors.InvalidPropertyValue).WithLocation(0).WithArguments("application/json", "allowed-mime-types", "DocumentPicker", Mimes));

    [Fact]
    public Task FT1081_picker_value_nested_in_a_payload_object() =>
        VerifyAsync(
            Flow(End(children: Photo(", \"max-uploaded-photos\": 1") + ", " + CompleteWith("{ \"media\": { \"photo\": \"{|#0:${form.photo}|}\" } }")).Replace(", " + CompleteFooter, string.Empty)),
            new DiagnosticResult(DiagnosticDescriptors.MediaValueNotTopLevel).WithLocation(0).WithArguments("${form.photo}", "PhotoPicker", "photo", "is nested inside 'media'"));

    [Fact]
    public Task FT1081_picker_value_inside_an_expression() =>
        VerifyAsync(
            Flow(Screen(
                "UPLOAD",
                Photo(string.Empty) + ", { \"type\": \"Footer\", \"label\": \"Send\", \"on-click-action\": { \"name\": \"data_exchange\", \"payload\": { \"media\": \"`'x' {|#0:${form.photo}|}`\" } } }")
                + ",\n" + End(), top: " \"data_api_version\": \"3.0\", \"routing_model\": { \"UPLOAD\": [\"END\"], \"END\": [] },"),
            new DiagnosticResult(DiagnosticDescriptors.MediaValueNotTopLevel).WithLocation(0).WithArguments("${form.photo}", "PhotoPicker", "photo", "is part of a longer text or expression in 'media'"));

    [Fact]
    public Task FT1081_picker_value_in_update_data() =>
        VerifyAsync(
            Flow(End(
                extra: "\"data\": { \"img\": { \"type\": \"array\", \"items\": { \"type\": \"object\" }, \"__example__\": [] } }, ",
                children: Photo(string.Empty) + ", { \"type\": \"OptIn\", \"name\": \"more\", \"label\": \"More\", \"on-select-action\": { \"name\": \"update_data\", \"payload\": { \"img\": \"{|#0:${form.photo}|}\" } } }")),
            new DiagnosticResult(DiagnosticDescriptors.MediaValueNotTopLevel).WithLocation(0).WithArguments("${form.photo}", "PhotoPicker", "photo", "cannot be used in an update_data payload"));

    [Fact]
    public Task FT1082_completion_with_a_picker_that_allows_the_default_30_files() =>
        VerifyAsync(
            Flow(End(children: Photo(string.Empty) + ", " + CompleteWith("{ \"photo\": \"{|#0:${form.photo}|}\" }")).Replace(", " + CompleteFooter, string.Empty)),
            new DiagnosticResult(DiagnosticDescriptors.TooManyFilesForCompletion).WithLocation(0).WithArguments("PhotoPicker", "photo", "30 (the default)", "max-uploaded-photos"));

    [Fact]
    public Task FT1082_completion_with_a_picker_that_allows_12_files() =>
        VerifyAsync(
            Flow(End(children: Document(", \"max-uploaded-documents\": 12") + ", " + CompleteWith("{ \"doc\": \"{|#0:${form.doc}|}\" }")).Replace(", " + CompleteFooter, string.Empty)),
            new DiagnosticResult(DiagnosticDescriptors.TooManyFilesForCompletion).WithLocation(0).WithArguments("DocumentPicker", "doc", "12", "max-uploaded-documents"));
}
