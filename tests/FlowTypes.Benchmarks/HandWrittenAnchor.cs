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
/// each documents), so both sides describe the same payloads. With <c>endpoints</c>, the second contender, the anchor
/// also has what the team writes for the flows FlowTypes generates an endpoint handler for, derived the same way from
/// the handler's nested types: one record per request's <c>data</c> (the request records' properties and JSON keys,
/// option ids as <c>string</c>), one record per screen's response data and per item or object type in it (the data
/// classes' properties, the JSON key their summary names first), a request envelope and a generic response envelope
/// written once, all in the same STJ context (the response envelope once per screen data record). The request
/// dispatch and the response factories have no counterpart: a team writes those as code of its own, not records.
/// </remarks>
internal static class HandWrittenAnchor
{
    private static readonly Regex JsonKey = new("JSON key <c>([^<]+)</c>", RegexOptions.CultureInvariant);

    private static readonly Lazy<ISourceGenerator> StjGenerator = new(LoadStjGenerator);

    /// <summary>
    /// A compilation of <paramref name="program"/>, the hand-written records of every submission type in
    /// <paramref name="flowTypes"/> (a compilation with FlowTypes' generated sources) and the STJ generator's sources.
    /// </summary>
    public static CSharpCompilation Create(Compilation flowTypes, SyntaxTree program, out int recordLines, bool endpoints = false)
    {
        var records = Records(flowTypes, endpoints);
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
    internal static string Records(Compilation flowTypes, bool endpoints = false)
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
            foreach (var property in PublicProperties(type).Where(p => p.Name is not ("FlowToken" or "ExtensionData")))
            {
                AppendProperty(source, property, JsonKey, t => SymbolEqualityComparer.Default.Equals(t.ContainingType, type) ? "string" : null);
            }

            source.AppendLine("    [JsonPropertyName(\"flow_token\")]")
                .AppendLine("    public string? FlowToken { get; init; }")
                .AppendLine()
                .AppendLine("    [JsonExtensionData]")
                .AppendLine("    public Dictionary<string, JsonElement>? ExtensionData { get; init; }")
                .AppendLine("}")
                .AppendLine();
        }

        var serializable = types.Select(t => t.Name).ToList();
        if (endpoints)
        {
            AppendEndpointRecords(flowTypes, source, serializable);
        }

        foreach (var name in serializable)
        {
            source.AppendLine($"[JsonSerializable(typeof({name}))]");
        }

        return source.AppendLine("internal sealed partial class HandWrittenJsonContext : JsonSerializerContext")
            .AppendLine("{")
            .AppendLine("}")
            .ToString();
    }

    private static readonly Regex FirstCode = new("<summary>[^<]*<c>([^<]+)</c>", RegexOptions.CultureInvariant);

    /// <summary>
    /// The endpoint contender's records: for every generated endpoint handler, its requests' data and its screens'
    /// response data as records (named after the handler, so one STJ context holds every flow's), plus the two
    /// envelopes; <paramref name="serializable"/> gets the types the context lists.
    /// </summary>
    private static void AppendEndpointRecords(Compilation flowTypes, StringBuilder source, List<string> serializable)
    {
        var handlerBase = flowTypes.GetTypeByMetadataName("FlowTypes.Endpoints.FlowEndpointHandler") ?? throw new InvalidOperationException("FlowTypes.Endpoints.FlowEndpointHandler is not referenced.");
        var handlers = AllTypes(flowTypes.Assembly.GlobalNamespace)
            .Where(t => SymbolEqualityComparer.Default.Equals(t.BaseType, handlerBase))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        source.AppendLine("public sealed record EndpointRequest").AppendLine("{")
            .AppendLine("    [JsonPropertyName(\"version\")]").AppendLine("    public required string Version { get; init; }").AppendLine()
            .AppendLine("    [JsonPropertyName(\"action\")]").AppendLine("    public required string Action { get; init; }").AppendLine()
            .AppendLine("    [JsonPropertyName(\"screen\")]").AppendLine("    public string? Screen { get; init; }").AppendLine()
            .AppendLine("    [JsonPropertyName(\"data\")]").AppendLine("    public JsonElement? Data { get; init; }").AppendLine()
            .AppendLine("    [JsonPropertyName(\"flow_token\")]").AppendLine("    public string? FlowToken { get; init; }")
            .AppendLine("}").AppendLine()
            .AppendLine("public sealed record ScreenResponse<TData>").AppendLine("{")
            .AppendLine("    [JsonPropertyName(\"screen\")]").AppendLine("    public required string Screen { get; init; }").AppendLine()
            .AppendLine("    [JsonPropertyName(\"data\")]").AppendLine("    public required TData Data { get; init; }")
            .AppendLine("}").AppendLine();
        serializable.Add("EndpointRequest");
        foreach (var handler in handlers)
        {
            foreach (var nested in handler.GetTypeMembers().OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                if (nested.IsRecord)
                {
                    var properties = PublicProperties(nested).Where(p => p.Name is not ("FlowToken" or "ExtensionData")).ToList();
                    if (properties.Count == 0)
                    {
                        continue; // the request has no data: the envelope is all there is
                    }

                    var name = handler.Name + nested.Name;
                    source.AppendLine($"public sealed record {name}").AppendLine("{");
                    foreach (var property in properties)
                    {
                        AppendProperty(source, property, JsonKey, t => SymbolEqualityComparer.Default.Equals(t.ContainingType, nested) ? "string" : null);
                    }

                    source.AppendLine("    [JsonExtensionData]")
                        .AppendLine("    public Dictionary<string, JsonElement>? ExtensionData { get; init; }")
                        .AppendLine("}")
                        .AppendLine();
                    serializable.Add(name);
                }
                else if (nested.TypeKind == TypeKind.Class && nested.GetMembers("EndpointResponse").IsEmpty)
                {
                    AppendDataRecord(source, handler.Name, nested);
                    serializable.Add($"ScreenResponse<{handler.Name}{nested.Name}>");
                }
            }
        }
    }

    /// <summary>A screen's data class as a record, then each item or object class nested in it, under <paramref name="prefix"/>.</summary>
    private static void AppendDataRecord(StringBuilder source, string prefix, INamedTypeSymbol data)
    {
        var name = prefix + data.Name;
        source.AppendLine($"public sealed record {name}").AppendLine("{");
        foreach (var property in PublicProperties(data))
        {
            AppendProperty(source, property, FirstCode, t => SymbolEqualityComparer.Default.Equals(t.ContainingType, data) ? name + t.Name : null);
        }

        if (source.Length >= 2 && source[^1] == '\n' && source[^2] == '\n')
        {
            source.Length--; // no blank line after the last property
        }

        source.AppendLine("}").AppendLine();
        foreach (var nested in data.GetTypeMembers().Where(t => t.TypeKind == TypeKind.Class).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            AppendDataRecord(source, name, nested);
        }
    }

    private static IEnumerable<IPropertySymbol> PublicProperties(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic);

    private static void AppendProperty(StringBuilder source, IPropertySymbol property, Regex keyIn, Func<INamedTypeSymbol, string?> nestedType)
    {
        var key = keyIn.Match(property.GetDocumentationCommentXml() ?? string.Empty);
        if (!key.Success)
        {
            throw new InvalidOperationException($"{property.ContainingType.Name}.{property.Name} documents no JSON key.");
        }

        var optional = property.NullableAnnotation == NullableAnnotation.Annotated;
        source.AppendLine($"    [JsonPropertyName(\"{key.Groups[1].Value}\")]")
            .AppendLine($"    public {(optional ? string.Empty : "required ")}{TypeOf(property.Type, nestedType)}{(optional ? "?" : string.Empty)} {property.Name} {{ get; init; }}")
            .AppendLine();
    }

    private static string TypeOf(ITypeSymbol type, Func<INamedTypeSymbol, string?> nestedType)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return TypeOf(nullable.TypeArguments[0], nestedType);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, Name: "IReadOnlyList" } list)
        {
            return $"List<{TypeOf(list.TypeArguments[0], nestedType)}>";
        }

        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Decimal or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double)
        {
            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        }

        // An option of the flow (a type nested in the record): a team keeps the id; an item or object type of a
        // screen's data: the team's record of it.
        if (type is INamedTypeSymbol named && nestedType(named) is { } written)
        {
            return written;
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
