using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>The result of reading one template file.</summary>
internal sealed class TemplateFile
{
    public TemplateFile(JsonParseResult json, ImmutableArray<TemplateDefinition> templates, ImmutableArray<Finding> problems)
    {
        Json = json;
        Templates = templates;
        Problems = problems;
    }

    public JsonParseResult Json { get; }

    public ImmutableArray<TemplateDefinition> Templates { get; }

    /// <summary>
    /// The "Get WhatsApp templates" shape: an array, or an object with a <c>templates</c> key (the roots
    /// <see cref="TemplateFileReader"/> reads as a list, or reports for a <c>templates</c> that is not an array).
    /// </summary>
    public bool IsListResponse => Json.Root is JsonArray || (Json.Root is JsonObject root && root.Find("templates") is not null);

    /// <summary>Problems with the shape of the file (not JSON, wrong root); template rules come from <c>TemplateValidator</c>.</summary>
    public ImmutableArray<Finding> Problems { get; }
}
