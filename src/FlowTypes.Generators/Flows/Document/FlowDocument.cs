using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The structure of a Flow JSON file, read tolerantly from the JSON tree: anything missing or of the wrong shape
/// is simply absent here (the validators report it). Holds spans, so it is never a pipeline output.
/// </summary>
internal sealed class FlowDocument
{
    public FlowDocument(JsonObject root, JsonString? version, FlowVersion? parsedVersion, JsonString? dataApiVersion, JsonObject? routingModel, ImmutableArray<FlowScreen> screens)
    {
        Root = root;
        Version = version;
        ParsedVersion = parsedVersion;
        DataApiVersion = dataApiVersion;
        RoutingModel = routingModel;
        Screens = screens;
    }

    public JsonObject Root { get; }

    public JsonString? Version { get; }

    public FlowVersion? ParsedVersion { get; }

    public JsonString? DataApiVersion { get; }

    public JsonObject? RoutingModel { get; }

    public ImmutableArray<FlowScreen> Screens { get; }

    public FlowScreen? FindScreen(string id)
    {
        foreach (var screen in Screens)
        {
            if (screen.Id == id)
            {
                return screen;
            }
        }

        return null;
    }
}
