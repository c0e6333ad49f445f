namespace System.Runtime.CompilerServices;

/// <summary>Allows records and init accessors on netstandard2.0.</summary>
internal static class IsExternalInit
{
}
