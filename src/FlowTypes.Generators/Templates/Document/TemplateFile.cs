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

    /// <summary>Problems with the shape of the file (not JSON, wrong root); template rules come from <c>TemplateValidator</c>.</summary>
    public ImmutableArray<Finding> Problems { get; }
}
