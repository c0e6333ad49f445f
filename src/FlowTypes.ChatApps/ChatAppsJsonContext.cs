using System.Text.Json.Serialization;

namespace FlowTypes.ChatApps;

/// <summary>Source-generated System.Text.Json contracts of the 8x8 Chat Apps API (no reflection; trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    WriteIndented = false)]
[JsonSerializable(typeof(FlowWriteRequest))]
[JsonSerializable(typeof(FlowWriteResult))]
[JsonSerializable(typeof(FlowListing))]
[JsonSerializable(typeof(FlowDetails))]
[JsonSerializable(typeof(FlowPreview))]
[JsonSerializable(typeof(AddTemplateRequest))]
[JsonSerializable(typeof(TemplateListing))]
[JsonSerializable(typeof(SendMessageResult))]
[JsonSerializable(typeof(MessageDetailsList))]
[JsonSerializable(typeof(CancelBatchResult))]
[JsonSerializable(typeof(FileUploadResponse))]
[JsonSerializable(typeof(ChatAppsError))]
[JsonSerializable(typeof(DirectSendSampleResult))]
public sealed partial class ChatAppsJsonContext : JsonSerializerContext
{
}
