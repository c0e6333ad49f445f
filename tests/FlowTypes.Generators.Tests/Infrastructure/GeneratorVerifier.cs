using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="FlowTypesGenerator"/> with the Microsoft.CodeAnalysis.Testing verifier (hermetic references).</summary>
internal static class GeneratorVerifier
{
    /// <summary>Verifies the generator's diagnostics for one additional file that generates no source (markup allowed).</summary>
    public static Task VerifyDiagnosticsAsync(string path, string markup, params DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.AdditionalFiles.Add((path, markup));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    internal sealed class Test : CSharpSourceGeneratorTest<FlowTypesGenerator, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            TestState.AdditionalReferences.Add(TestReferences.FlowTypesRuntime);
            TestState.Sources.Add(("/src/Consumer.cs", "namespace Consumer { internal static class Placeholder { } }"));
        }
    }
}
