using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>An action (<c>navigate</c>, <c>data_exchange</c>, <c>complete</c>, <c>update_data</c>, <c>open_url</c>) and where it leads.</summary>
public sealed class FlowActionOutline
{
    internal FlowActionOutline(string property, int? itemIndex, FlowValue node, string? completionTypeName, bool finishesThroughEndpoint = false)
    {
        FinishesThroughEndpoint = finishesThroughEndpoint;
        Property = property;
        ItemIndex = itemIndex;
        Node = node;
        CompletionTypeName = completionTypeName;
    }

    /// <summary>The property that holds the action, e.g. <c>on-click-action</c>.</summary>
    public string Property { get; }

    /// <summary>For an action of a list item (<c>list-items</c> or <c>data-source</c>), the item's position; otherwise null.</summary>
    public int? ItemIndex { get; }

    /// <summary>The action object as written.</summary>
    public FlowValue Node { get; }

    /// <summary>The action <c>name</c>, when it is a string.</summary>
    public string? Name => Node.GetString("name");

    /// <summary>The target screen of a <c>navigate</c> action (<c>next.name</c>); null for other actions.</summary>
    public string? NextScreen => Name == "navigate" ? Node.Get("next")?.GetString("name") : null;

    /// <summary>The URL of an <c>open_url</c> action; null for other actions.</summary>
    public string? Url => Name == "open_url" ? Node.GetString("url") : null;

    /// <summary>The <c>payload</c> object, when present.</summary>
    public FlowValue? Payload => Node.Get("payload");

    /// <summary>
    /// For a <c>complete</c> action of a terminal screen's Footer, the name of the submission record the generator
    /// writes for its payload (for example <c>ReturnsSubmission</c>); otherwise null.
    /// </summary>
    public string? CompletionTypeName { get; }

    /// <summary>
    /// True for a <c>data_exchange</c> that finishes the flow through its endpoint as the build sees it: the Footer of a
    /// terminal screen without a <c>complete</c> action, in a flow with <c>data_api_version</c>. The endpoint answers
    /// <c>SUCCESS</c> with params, and the completion is the <c>[FlowCompletion]</c> type that names the file (FT1071
    /// when none does: <see cref="FlowFileReport.UntypedCompletionHints"/>).
    /// </summary>
    public bool FinishesThroughEndpoint { get; }

    /// <summary>Where the action object starts in the file.</summary>
    public LinePosition Start => Node.Start;
}
