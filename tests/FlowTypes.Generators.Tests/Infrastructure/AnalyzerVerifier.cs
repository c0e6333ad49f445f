using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>Runs an analyzer over C# sources and additional files with the Microsoft.CodeAnalysis.Testing verifier.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Test Create() => new();

    /// <summary>Verifies that exactly <paramref name="expected"/> are reported for one additional file (markup allowed in it).</summary>
    public static Task VerifyAdditionalFileAsync(string path, string markup, params DiagnosticResult[] expected)
    {
        var test = new Test();
        if (expected.Length == 0)
        {
            // Real files may contain text that looks like markup ("[|", "{|"); with nothing expected, take it literally.
            test.TestState.MarkupHandling = MarkupMode.None;
        }

        test.TestState.AdditionalFiles.Add((path, markup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            TestState.AdditionalReferences.Add(TestReferences.FlowTypesRuntime);
            TestState.Sources.Add(("/src/Consumer.cs", "namespace Consumer { internal static class Placeholder { } }"));
        }

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);
    }
}
