using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>
/// Hermetic references for compilations in tests: the .NET 8 reference assemblies come from the restored
/// Basic.Reference.Assemblies.Net80 package, so no test downloads anything (ReferenceAssemblies.Net80 would).
/// </summary>
internal static class TestReferences
{
    /// <summary>A ReferenceAssemblies with no package to resolve, for the Microsoft.CodeAnalysis.Testing verifiers.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0");

    /// <summary>The FlowTypes runtime library that generated code calls.</summary>
    public static MetadataReference FlowTypesRuntime { get; } = MetadataReference.CreateFromFile(typeof(FlowTypes.IFlowSubmission).Assembly.Location);

    /// <summary>.NET 8 reference assemblies plus the FlowTypes runtime.</summary>
    public static ImmutableArray<MetadataReference> Net80WithRuntime { get; } =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(FlowTypesRuntime).ToImmutableArray();
}
