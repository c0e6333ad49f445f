namespace FlowTypes.Generators.Flows.Document;

/// <summary>The tree of a Flow JSON expression, or the first syntax error and where it is (<see cref="FlowExpression.Parse"/>).</summary>
internal sealed class FlowExpressionParseResult
{
    private FlowExpressionParseResult(FlowExpressionNode? root, string? error, int errorIndex, int errorLength)
    {
        Root = root;
        Error = error;
        ErrorIndex = errorIndex;
        ErrorLength = errorLength;
    }

    public FlowExpressionNode? Root { get; }

    /// <summary>What is wrong and how to write it instead; null when the expression parsed.</summary>
    public string? Error { get; }

    /// <summary>Where the error is in the string value.</summary>
    public int ErrorIndex { get; }

    /// <summary>
    /// How many characters the error covers (at least 1: an error at the end of the expression covers the closing backtick,
    /// or the closing quote of a condition).
    /// </summary>
    public int ErrorLength { get; }

    public static FlowExpressionParseResult Success(FlowExpressionNode root) => new(root, null, -1, 0);

    public static FlowExpressionParseResult Failure(string error, int index, int length) => new(null, error, index, length);
}
