namespace FlowTypes.Generators.Flows.Document;

/// <summary>What is wrong with the operand types of one operator (<see cref="FlowExpressionTyping"/>).</summary>
internal enum FlowExpressionProblem
{
    /// <summary><c>+ - * / % &lt; &lt;= &gt; &gt;=</c> on an operand that is not a number.</summary>
    NeedsNumbers,

    /// <summary><c>+</c> used to join text, which Meta's expressions do by writing the parts side by side.</summary>
    PlusOnText,

    /// <summary><c>&amp;&amp;</c> or <c>||</c> on an operand that is not a boolean.</summary>
    NeedsBooleans,

    /// <summary><c>==</c> or <c>!=</c> between values of different types.</summary>
    DifferentTypes,

    /// <summary><c>!</c> before a value that is not a boolean.</summary>
    NotBeforeNonBoolean,

    /// <summary><c>-</c> or <c>+</c> before a value that is not a number.</summary>
    SignBeforeNonNumber,
}
