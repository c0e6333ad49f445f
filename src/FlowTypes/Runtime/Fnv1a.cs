// One source file, compiled into the runtime and (linked, see FlowTypes.Generators.csproj) into the generator, so the
// hash the generated code computes at run time and the one the generator computes at compile time cannot differ.
using System;

#if FLOWTYPES_GENERATORS
namespace FlowTypes.Generators.Core.Shared;
#else
namespace FlowTypes.Runtime;
#endif

/// <summary>FNV-1a, 32-bit: the hash of a JSON property name's UTF-8 bytes that generated key lookups switch on.</summary>
internal static class Fnv1a
{
    private const uint OffsetBasis = 2166136261u;
    private const uint Prime = 16777619u;

    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}
