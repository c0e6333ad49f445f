using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FlowTypes.Generators.Tests.Architecture;

/// <summary>
/// Enforces the house plan of <c>src/FlowTypes.Generators</c> (docs/architecture.md): feature slices on a shared core,
/// dependencies pointing one way. The generator's sources are compiled and every name in them is bound, so a use
/// that needs no <c>using</c> (a parent namespace, a fully qualified name) is seen too.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "FlowTypes.Generators";

    [Fact]
    public void No_namespace_uses_one_above_it()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        var (compilation, files) = CompileGenerator();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var relative = files[tree];
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var user = EnclosingNamespace(name);
                if (user is null || !user.StartsWith(Root, StringComparison.Ordinal))
                {
                    continue;
                }

                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                var used = HomeNamespace(symbol, compilation.Assembly);
                if (used is null || used == user || !used.StartsWith(Root, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!Layers.MayUse(user, used))
                {
                    violations.Add($"{relative}: {user} uses {used}.{symbol!.ContainingType?.Name ?? symbol.Name}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Layering violations (see docs/architecture.md):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder()
    {
        var (compilation, files) = CompileGenerator();
        var wrong = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var relative = files[tree];
            var folder = Path.GetDirectoryName(relative)!.Replace(Path.DirectorySeparatorChar, '.');
            var expected = folder.Length == 0 ? Root : Root + "." + folder;
            if (folder.StartsWith("Core.Polyfills", StringComparison.Ordinal))
            {
                continue; // compiler polyfills live in the namespace the compiler looks them up in
            }

            var declared = tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).ToList();
            if (declared.Count != 1 || declared[0] != expected)
            {
                wrong.Add($"{relative}: declares {string.Join(", ", declared)}, expected {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("FlowTypes.Generators.Flows.Emit", "FlowTypes.Generators.Flows.Spec", true)]
    [InlineData("FlowTypes.Generators.Flows.Spec", "FlowTypes.Generators.Flows.Emit", false)]
    [InlineData("FlowTypes.Generators.Flows.Document", "FlowTypes.Generators.Flows.Validation", false)]
    [InlineData("FlowTypes.Generators.Flows.Document", "FlowTypes.Generators.Flows", false)]
    [InlineData("FlowTypes.Generators.Flows", "FlowTypes.Generators.Flows.Emit", true)]
    [InlineData("FlowTypes.Generators.Flows.Endpoints.Emit", "FlowTypes.Generators.Flows.Spec", true)]
    [InlineData("FlowTypes.Generators.Flows.Spec", "FlowTypes.Generators.Flows.Endpoints.Spec", true)]
    [InlineData("FlowTypes.Generators.Templates.Spec", "FlowTypes.Generators.Flows.Spec", false)]
    [InlineData("FlowTypes.Generators.Flows", "FlowTypes.Generators.Templates", false)]
    [InlineData("FlowTypes.Generators.SendCode", "FlowTypes.Generators.Templates.Document", true)]
    [InlineData("FlowTypes.Generators.Templates", "FlowTypes.Generators.SendCode", false)]
    [InlineData("FlowTypes.Generators.Core.Json", "FlowTypes.Generators.Flows.Document", false)]
    [InlineData("FlowTypes.Generators.Core.Emit", "FlowTypes.Generators.Core.Text", true)]
    [InlineData("FlowTypes.Generators.Flows.Validation", "FlowTypes.Generators", false)]
    [InlineData("FlowTypes.Generators", "FlowTypes.Generators.SendCode", true)]
    [InlineData("FlowTypes.Generators.Authoring", "FlowTypes.Generators.Flows.Spec", true)]
    [InlineData("FlowTypes.Generators.Authoring", "FlowTypes.Generators.Templates", true)]
    [InlineData("FlowTypes.Generators.Flows", "FlowTypes.Generators.Authoring", false)]
    [InlineData("FlowTypes.Generators.SendCode", "FlowTypes.Generators.Authoring", false)]
    [InlineData("FlowTypes.Generators", "FlowTypes.Generators.Authoring", false)]
    public void The_rule_itself(string user, string used, bool allowed) => Assert.Equal(allowed, Layers.MayUse(user, used));

    private static string? EnclosingNamespace(SyntaxNode node) =>
        node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();

    private static string? HomeNamespace(ISymbol? symbol, IAssemblySymbol own)
    {
        if (symbol is null || symbol is INamespaceSymbol || !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, own))
        {
            return null;
        }

        if (symbol is ITypeParameterSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol)
        {
            return null;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        return type?.ContainingNamespace.ToDisplayString();
    }

    private static (CSharpCompilation Compilation, Dictionary<SyntaxTree, string> Files) CompileGenerator()
    {
        var repoRoot = typeof(LayeringTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var source = Path.Combine(repoRoot, "src", "FlowTypes.Generators");
        var files = new Dictionary<SyntaxTree, string>();
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "FLOWTYPES_GENERATORS" });
        foreach (var path in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(source, path);
            if (relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            files.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path), relative);
        }

        // Source files shared with the runtime (<Compile Include="..." Link="..."/>) count as being where they are linked.
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(source, "FlowTypes.Generators.csproj"));
        foreach (var linked in project.Descendants("Compile").Where(c => c.Attribute("Link") is not null))
        {
            var path = Path.GetFullPath(Path.Combine(source, linked.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)));
            var relative = linked.Attribute("Link")!.Value.Replace('\\', Path.DirectorySeparatorChar);
            files.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path), relative);
        }

        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Concat(new[] { typeof(Compilation).Assembly.Location, typeof(CSharpCompilation).Assembly.Location })
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(Root, files.Keys, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, files);
    }

    /// <summary>The rule of docs/architecture.md, as code.</summary>
    private static class Layers
    {
        private static readonly string[] Stages = { "Document", "Validation", "Spec", "Emit" };

        public static bool MayUse(string user, string used)
        {
            var (userSlice, userRank) = Classify(user);
            var (usedSlice, usedRank) = Classify(used);
            if (usedSlice == "Core")
            {
                return true;
            }

            // Authoring is the public API of the tool and the preview: it may use everything, nothing in the generator uses it.
            if (usedSlice == "Authoring" && userSlice != "Authoring")
            {
                return false;
            }

            return userSlice switch
            {
                "Core" => false,
                "Flows" or "Templates" => usedSlice == userSlice && usedRank <= userRank,
                "SendCode" => usedSlice is "Flows" or "Templates" or "SendCode",
                _ => true, // the entry points (generator and analyzer wiring) may use every slice
            };
        }

        /// <summary>(slice, stage) of a namespace: Document 1 &lt; Validation 2 &lt; Spec 3 &lt; Emit 4 &lt; the slice's own root 5.</summary>
        private static (string Slice, int Rank) Classify(string ns)
        {
            var parts = ns.Length > Root.Length ? ns.Substring(Root.Length + 1).Split('.') : Array.Empty<string>();
            if (parts.Length == 0)
            {
                return ("", 9);
            }

            var slice = parts[0];
            var stage = parts.Skip(1).Select(p => Array.IndexOf(Stages, p)).FirstOrDefault(i => i >= 0, -1);
            return (slice, stage >= 0 ? stage + 1 : 5);
        }
    }
}
