using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>The test classes that share one pack of every package (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed packages";
}
