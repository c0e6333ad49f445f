using System.Collections.Immutable;

namespace FlowTypes.Generators.Authoring;

/// <summary>One branch of an <c>If</c> (<c>then</c>, <c>else</c>) or a <c>Switch</c> (a case).</summary>
public sealed class FlowBranch
{
    internal FlowBranch(string name, ImmutableArray<FlowComponentOutline> children)
    {
        Name = name;
        Children = children;
    }

    /// <summary><c>then</c> or <c>else</c> for an If; the case value for a Switch.</summary>
    public string Name { get; }

    /// <summary>The components shown when this branch is taken.</summary>
    public ImmutableArray<FlowComponentOutline> Children { get; }
}
