namespace Mistakes;

/// <summary>Uses a type from flows/feedback.flow.json; the file is broken, so the type is missing too.</summary>
public static class Handler
{
    public static string Describe(Flows.FeedbackSubmission submission) => submission.Comment ?? string.Empty;
}
