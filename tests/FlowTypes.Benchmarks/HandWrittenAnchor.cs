using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The editor anchor of issue 25: the code a team writes for the same flows without FlowTypes. One record per flow
/// submission with one property per payload key (<c>[JsonPropertyName]</c>, the C# types FlowTypes infers, option ids
/// as <c>string</c>, FlowTypes' own value types as <c>JsonElement</c>, <c>flow_token</c> and
/// <c>[JsonExtensionData]</c>), and one System.Text.Json source-generated context that lists them; the STJ
/// generator's output is part of the compilation, as it is in the editor.
/// </summary>
/// <remarks>
/// The records are written from the FlowTypes submission records of the same flows (their properties and the JSON key
/// each documents), so both sides describe the same payloads. Endpoint request and response types have no anchor
/// here: the comparison is per submission record, the code every flow has.
/// </remarks>
internal static class HandWrittenAnchor
{
    private static readonly Regex JsonKey = new("JSON key <c>([^<]+)</c>", RegexOptions.CultureInvariant);

    private static readonly Lazy<ISourceGenerator> StjGenerator = new(LoadStjGenerator);

    /// <summary>
    /// A compilation of <paramref name="program"/>, the hand-written records of every submission type in
    /// <paramref name="flowTypes"/> (a compilation with FlowTypes' generated sources) and the STJ generator's sources.
    /// </summary>
    public static CSharpCompilation Create(Compilation flowTypes, SyntaxTree program, out int recordLines)
    {
        var records = Records(flowTypes);
        var tree = CSharpSyntaxTree.ParseText(records, CompilerInputs.ParseOptions, path: "/project/HandWritten/Submissions.cs");
        recordLines = tree.GetText().Lines.Count;
        var compilation = CSharpCompilation.Create("Consumer", new[] { program, tree }, flowTypes.References, (CSharpCompilationOptions)flowTypes.Options);
        var driver = CSharpGeneratorDriver.Create(new[] { StjGenerator.Value }, parseOptions: CompilerInputs.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(generated.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The hand-written anchor must compile: " + string.Join("; ", errors.Take(5)));
        }

        if (generated.SyntaxTrees.Count() <= 2)
        {
            throw new InvalidOperationException("The System.Text.Json generator produced nothing for the hand-written context.");
        }

        return (CSharpCompilation)generated;
    }

    /// <summary>The records and the context, as one file a person would write.</summary>
    internal static string Records(Compilation flowTypes)
    {
        var submission = flowTypes.GetTypeByMetadataName("FlowTypes.IFlowSubmission") ?? throw new InvalidOperationException("FlowTypes.IFlowSubmission is not referenced.");
        var types = AllTypes(flowTypes.Assembly.GlobalNamespace)
            .Where(t => t.AllInterfaces.Contains(submission, SymbolEqualityComparer.Default))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var source = new StringBuilder()
            .AppendLine("using System.Collections.Generic;")
            .AppendLine("using System.Text.Json;")
            .AppendLine("using System.Text.Json.Serialization;")
            .AppendLine()
            .AppendLine("namespace Consumer.HandWritten;")
            .AppendLine();
        foreach (var type in types)
        {
            source.AppendLine($"public sealed record {type.Name}").AppendLine("{");
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.Name is not ("FlowToken" or "ExtensionData")))
            {
                var key = JsonKey.Match(property.GetDocumentationCommentXml() ?? string.Empty);
                if (!key.Success)
                {
                    throw new InvalidOperationException($"{type.Name}.{property.Name} documents no JSON key.");
                }

                var optional = property.NullableAnnotation == NullableAnnotation.Annotated;
                source.AppendLine($"    [JsonPropertyName(\"{key.Groups[1].Value}\")]")
                    .AppendLine($"    public {(optional ? string.Empty : "required ")}{TypeOf(property.Type, type)}{(optional ? "?" : string.Empty)} {property.Name} {{ get; init; }}")
                    .AppendLine();
            }

            source.AppendLine("    [JsonPropertyName(\"flow_token\")]")
                .AppendLine("    public string? FlowToken { get; init; }")
                .AppendLine()
                .AppendLine("    [JsonExtensionData]")
                .AppendLine("    public Dictionary<string, JsonElement>? ExtensionData { get; init; }")
                .AppendLine("}")
                .AppendLine();
        }

        foreach (var type in types)
        {
            source.AppendLine($"[JsonSerializable(typeof({type.Name}))]");
        }

        return source.AppendLine("internal sealed partial class HandWrittenJsonContext : JsonSerializerContext")
            .AppendLine("{")
            .AppendLine("}")
            .ToString();
    }

    private static string TypeOf(ITypeSymbol type, INamedTypeSymbol record)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return TypeOf(nullable.TypeArguments[0], record);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, Name: "IReadOnlyList" } list)
        {
            return $"List<{TypeOf(list.TypeArguments[0], record)}>";
        }

        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Decimal or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double)
        {
            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        }

        // An option of the flow (a type nested in the record): a team keeps the id.
        if (SymbolEqualityComparer.Default.Equals(type.ContainingType, record))
        {
            return "string";
        }

        return type.ToDisplayString() switch
        {
            "System.DateOnly" => "System.DateOnly",
            "System.DateTimeOffset" => "System.DateTimeOffset",
            _ => "JsonElement",
        };
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in AllTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
            }
        }
    }

    /// <summary>
    /// System.Text.Json's source generator of the version the FlowTypes runtime references (build/Packages.props), from
    /// the package the repository's restore put in the global-packages folder (the Roslyn 4.4 build: this project's
    /// compiler is 4.8).
    /// </summary>
    private static ISourceGenerator LoadStjGenerator()
    {
        var metadata = typeof(HandWrittenAnchor).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var path = Path.Combine(metadata["NuGetPackageRoot"]!, "system.text.json", metadata["SystemTextJsonVersion"]!, "analyzers", "dotnet", "roslyn4.4", "cs", "System.Text.Json.SourceGeneration.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("System.Text.Json's source generator is not in the global-packages folder: run dotnet restore of the repository.", path);
        }

        var reference = new AnalyzerFileReference(path, new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).Single();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
