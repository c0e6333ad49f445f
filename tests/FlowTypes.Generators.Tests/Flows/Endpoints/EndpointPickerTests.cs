using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Endpoints;

/// <summary>
/// A PhotoPicker or DocumentPicker value has two shapes (Meta, "Media upload components", Handling media): a
/// <c>data_exchange</c> request carries each file as <c>{ media_id, cdn_url, file_name, encryption_metadata }</c>, the
/// completion message as <c>{ file_name, mime_type, sha256, id }</c>. The generated types follow: the endpoint request
/// record gets <c>FlowEndpointMedia</c>, the submission keeps <c>FlowMedia</c>, for the same picker.
/// </summary>
public class EndpointPickerTests
{
    /// <summary>UPLOAD sends the picker to the endpoint; the terminal DONE completes with the same picker (global reference).</summary>
    private static string Flow(string picker, string maxKey) => $$"""
        {
          "version": "7.3",
          "data_api_version": "3.0",
          "routing_model": { "UPLOAD": ["DONE"], "DONE": [] },
          "screens": [
            {
              "id": "UPLOAD",
              "title": "Upload",
              "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
                { "type": "{{picker}}", "name": "files", "label": "Files", "{{maxKey}}": 10 },
                { "type": "Footer", "label": "Send", "on-click-action": { "name": "data_exchange", "payload": { "files": "${form.files}" } } }
              ] } ] }
            },
            {
              "id": "DONE",
              "title": "Done",
              "terminal": true,
              "layout": { "type": "SingleColumnLayout", "children": [
                { "type": "Footer", "label": "Finish", "on-click-action": { "name": "complete", "payload": { "files": "${screen.UPLOAD.form.files}" } } }
              ] }
            }
          ]
        }
        """;

    [Theory]
    [InlineData("PhotoPicker", "max-uploaded-photos")]
    [InlineData("DocumentPicker", "max-uploaded-documents")]
    public void A_picker_in_a_data_exchange_is_FlowEndpointMedia_and_in_the_completion_FlowMedia(string picker, string maxKey)
    {
        var result = GeneratorHarness.Run(("/project/flows/upload.flow.json", Flow(picker, maxKey)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        Assert.Equal(
            "global::System.Collections.Generic.IReadOnlyList<global::FlowTypes.Endpoints.FlowEndpointMedia>?",
            PropertyType(result, "Consumer.Flows.UploadEndpoint+UploadSubmitRequest", "Files"));
        Assert.Equal(
            "global::System.Collections.Generic.IReadOnlyList<global::FlowTypes.FlowMedia>?",
            PropertyType(result, "Consumer.Flows.UploadSubmission", "Files"));
        var reader = result.Sources.Single(s => s.HintName.EndsWith(".Endpoint.Reader.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("new(\"files\", global::FlowTypes.Runtime.FlowFieldKind.EndpointMedia, false),", reader, System.StringComparison.Ordinal);
        Assert.Contains("Files = values.EndpointMedia(0),", reader, System.StringComparison.Ordinal);
    }

    private static string PropertyType(GeneratorResult result, string typeName, string property)
    {
        var type = result.Output.GetTypeByMetadataName(typeName);
        Assert.NotNull(type);
        var member = Assert.Single(type!.GetMembers(property).OfType<IPropertySymbol>());
        return member.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
    }
}
