namespace FlowTypes.Preview;

/// <summary>How <see cref="FlowPreviewRenderer.Page"/> writes the page and <see cref="FlowPreviewRenderer.Routes"/> the route picture.</summary>
public sealed class FlowPreviewOptions
{
    /// <summary>The heading of the page (default: the flow file's name).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The <c>[FlowCompletion]</c> type of the flow, looked up in its project's C# files
    /// (<see cref="FlowCompletionLookup.Find"/>): the route picture names it where the flow finishes through its endpoint,
    /// or, when the lookup found none, shows the build's FT1071 hint there. Null: not looked up; the picture says
    /// <c>SUCCESS (endpoint)</c> only.
    /// </summary>
    public FlowCompletionLookup? Completion { get; init; }

    /// <summary>
    /// The same-origin path of a server-sent event stream whose <c>reload</c> event reloads the page (watch mode);
    /// null for a page that connects to nothing.
    /// </summary>
    internal string? LiveReloadPath { get; init; }
}
