namespace FlowTypes.Generators.Flows.Document;

/// <summary>The kinds of node in a parsed Flow JSON expression (<see cref="FlowExpressionNode"/>).</summary>
internal enum FlowExpressionNodeKind
{
    /// <summary>A quoted string, a number, <c>true</c> or <c>false</c>.</summary>
    Literal,

    /// <summary>A <c>${data...}</c>, <c>${form...}</c> or <c>${screen...}</c> reference.</summary>
    Reference,

    /// <summary><c>!</c>, <c>-</c> or <c>+</c> before one operand.</summary>
    Unary,

    /// <summary>An operator between two operands: <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; || + - * / %</c>.</summary>
    Binary,

    /// <summary>Operands written side by side, which Meta's expressions join into one string.</summary>
    Concatenation,
}
