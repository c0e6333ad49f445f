using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Authoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FlowTypes.Preview;

/// <summary>
/// The <c>[FlowCompletion("...")]</c> type that names a flow file, found without a compilation: the C# files of the
/// project the flow file belongs to (the nearest folder above it holding a <c>*.csproj</c>; <c>bin/</c> and <c>obj/</c>
/// left out) are parsed with Roslyn's syntax API only. A type counts when an attribute named <c>FlowCompletion</c> or
/// <c>FlowCompletionAttribute</c> (any qualification) has a string literal first argument that names the flow file by the
/// generator's rule (<see cref="FlowFileReport.CompletionNames"/>), and its declaration has the shape the generator
/// completes (FT9006: a partial, non-generic, non-static, non-abstract record or class directly in a namespace). A file
/// with syntax errors, over <see cref="MaxFileBytes"/>, or beyond the first <see cref="MaxFiles"/> is not read.
/// </summary>
public sealed class FlowCompletionLookup
{
    /// <summary>C# files larger than this (1 MB) are skipped.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>At most this many C# files of the project are read (in ordinal path order, folder by folder).</summary>
    public const int MaxFiles = 2000;

    private FlowCompletionLookup(string? projectDirectory, string? typeName, string? declaredIn, int filesRead, int filesSkipped)
    {
        ProjectDirectory = projectDirectory;
        TypeName = typeName;
        DeclaredIn = declaredIn;
        FilesRead = filesRead;
        FilesSkipped = filesSkipped;
    }

    /// <summary>The folder of the project's <c>*.csproj</c>; null when no folder above the flow file holds one.</summary>
    public string? ProjectDirectory { get; }

    /// <summary>
    /// The declared type as the generator names it (its namespace, a dot, its name: <c>Shop.BookingCompletion</c>); null
    /// when none names the flow. Of two, the one first in the generator's order (ordinal by full name), as its router takes.
    /// </summary>
    public string? TypeName { get; }

    /// <summary>The C# file of <see cref="TypeName"/>'s declaration.</summary>
    public string? DeclaredIn { get; }

    /// <summary>How many C# files were read.</summary>
    public int FilesRead { get; }

    /// <summary>How many C# files were not read: over <see cref="MaxFileBytes"/>, beyond <see cref="MaxFiles"/>, or unreadable.</summary>
    public int FilesSkipped { get; }

    /// <summary>Looks for the completion type of the flow file at <paramref name="flowPath"/>. Never throws for bad C# or unreadable files.</summary>
    public static FlowCompletionLookup Find(string flowPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flowPath);
        var path = Path.GetFullPath(flowPath);
        var project = ProjectOf(path);
        if (project is null)
        {
            return new FlowCompletionLookup(null, null, null, 0, 0);
        }

        var read = 0;
        var skipped = 0;
        var found = new List<(string Name, string File)>();
        foreach (var file in CSharpFiles(project, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                if (read >= MaxFiles || new FileInfo(file).Length > MaxFileBytes)
                {
                    skipped++;
                    continue;
                }

                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped++;
                continue;
            }

            read++;
            if (text.Contains("FlowCompletion", StringComparison.Ordinal))
            {
                found.AddRange(Declarations(text, file, path, cancellationToken).Select(name => (name, file)));
            }
        }

        var first = found.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.File, StringComparer.Ordinal).FirstOrDefault();
        return new FlowCompletionLookup(project, first.Name, first.File, read, skipped);
    }

    /// <summary>The names of the types in <paramref name="text"/> that declare the completion of <paramref name="flowPath"/>; none when the file has syntax errors.</summary>
    internal static IEnumerable<string> Declarations(string text, string file, string flowPath, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), file, cancellationToken: cancellationToken);
        if (tree.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Enumerable.Empty<string>();
        }

        var names = new List<string>();
        foreach (var type in tree.GetRoot(cancellationToken).DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            if (type.AttributeLists.SelectMany(l => l.Attributes).Any(a => Names(a, flowPath)) && Completable(type) && type.Parent is BaseNamespaceDeclarationSyntax)
            {
                var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString());
                names.Add(string.Join(".", namespaces.Append(type.Identifier.ValueText)));
            }
        }

        return names;
    }

    private static bool Names(AttributeSyntax attribute, string flowPath)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        return name is "FlowCompletion" or "FlowCompletionAttribute"
            && attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            && FlowFileReport.CompletionNames(literal.Token.ValueText, flowPath);
    }

    /// <summary>The part of the generator's FT9006 shape rule one declaration shows (property types, FT9007, need the compiler).</summary>
    private static bool Completable(TypeDeclarationSyntax type)
    {
        var isClass = type is ClassDeclarationSyntax || (type is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword));
        var modifiers = type.Modifiers;
        if (!isClass || type.TypeParameterList is not null || !modifiers.Any(SyntaxKind.PartialKeyword) || modifiers.Any(SyntaxKind.StaticKeyword) || modifiers.Any(SyntaxKind.AbstractKeyword))
        {
            return false;
        }

        if (type.ParameterList is not null)
        {
            return type is RecordDeclarationSyntax; // only a positional record's parameters are taken by its constructor
        }

        var constructors = type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        return constructors.Count == 0 || constructors.Any(c => c.ParameterList.Parameters.Count == 0);
    }

    /// <summary>The nearest folder at or above the flow file's folder that holds a <c>*.csproj</c>.</summary>
    private static string? ProjectOf(string flowPath)
    {
        for (var directory = Path.GetDirectoryName(flowPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            try
            {
                if (Directory.EnumerateFiles(directory, "*.csproj").Any())
                {
                    return directory;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder on the way up: keep looking above it.
            }
        }

        return null;
    }

    private static bool IsLink(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReparsePoint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // gone or unreadable: not walked
        }
    }

    /// <summary>The project's <c>*.cs</c> files, folder by folder in ordinal order, without <c>bin/</c>, <c>obj/</c> and linked folders.</summary>
    private static IEnumerable<string> CSharpFiles(string project, CancellationToken cancellationToken)
    {
        var pending = new Stack<string>();
        pending.Push(project);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var directory = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(directory, "*.cs");
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var folder in folders.OrderDescending(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(folder);
                if (name is not ("bin" or "obj") && !IsLink(folder))
                {
                    pending.Push(folder);
                }
            }
        }
    }
}
