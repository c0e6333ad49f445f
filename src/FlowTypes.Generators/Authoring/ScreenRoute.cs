using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>A forward route from one screen to another (an entry of the routing model, or a navigate action).</summary>
public sealed class ScreenRoute
{
    internal ScreenRoute(string from, string to, LinePosition start)
    {
        From = from;
        To = to;
        Start = start;
    }

    /// <summary>The id of the screen the route leaves.</summary>
    public string From { get; }

    /// <summary>The id of the screen the route leads to (it may not exist; the diagnostics say so).</summary>
    public string To { get; }

    /// <summary>Where the route's target is written in the file.</summary>
    public LinePosition Start { get; }

    /// <inheritdoc />
    public override string ToString() => From + " -> " + To;
}
