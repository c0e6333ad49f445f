using System.Collections.Immutable;

namespace FlowTypes.Generators.Authoring;

/// <summary>
/// The structure of a flow file as the build read it: its screens with their components, actions and data examples,
/// and its routes. Read tolerantly: anything missing or of the wrong shape is absent here (the file's diagnostics
/// say what is wrong with it).
/// </summary>
public sealed class FlowOutline
{
    internal FlowOutline(string? version, string? dataApiVersion, bool hasRoutingModel, ImmutableArray<ScreenRoute> routes, ImmutableArray<FlowScreenOutline> screens)
    {
        Version = version;
        DataApiVersion = dataApiVersion;
        HasRoutingModel = hasRoutingModel;
        Routes = routes;
        Screens = screens;
        EntryScreen = FindEntry(screens, routes);
    }

    /// <summary>The Flow JSON <c>version</c>, when it is a string.</summary>
    public string? Version { get; }

    /// <summary>The <c>data_api_version</c>, when the flow declares one (an endpoint flow).</summary>
    public string? DataApiVersion { get; }

    /// <summary>True when the file has a <c>routing_model</c> object.</summary>
    public bool HasRoutingModel { get; }

    /// <summary>
    /// The forward routes between screens: the <c>routing_model</c>'s entries when the file has one, otherwise (as
    /// Meta derives it) the <c>navigate</c> actions of the screens. Each pair once, in document order.
    /// </summary>
    public ImmutableArray<ScreenRoute> Routes { get; }

    /// <summary>The screens, in the order of the <c>screens</c> array.</summary>
    public ImmutableArray<FlowScreenOutline> Screens { get; }

    /// <summary>
    /// The screen the flow opens on: the first screen that no route leads to (Meta's entry screen), or the first
    /// screen when every screen has an inbound route; null without screens.
    /// </summary>
    public FlowScreenOutline? EntryScreen { get; }

    /// <summary>The first screen with this id, or null.</summary>
    public FlowScreenOutline? FindScreen(string id)
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

    private static FlowScreenOutline? FindEntry(ImmutableArray<FlowScreenOutline> screens, ImmutableArray<ScreenRoute> routes)
    {
        foreach (var screen in screens)
        {
            var inbound = false;
            foreach (var route in routes)
            {
                inbound |= route.To == screen.Id && route.From != screen.Id;
            }

            if (!inbound && screen.Id is not null)
            {
                return screen;
            }
        }

        return screens.IsEmpty ? null : screens[0];
    }
}
