namespace FlowTypes.Preview;

/// <summary>How <see cref="FlowPreviewRenderer.Page"/> writes the page.</summary>
public sealed class FlowPreviewOptions
{
    /// <summary>The heading of the page (default: the flow file's name).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The same-origin path of a server-sent event stream whose <c>reload</c> event reloads the page (watch mode);
    /// null for a page that connects to nothing.
    /// </summary>
    internal string? LiveReloadPath { get; init; }
}
