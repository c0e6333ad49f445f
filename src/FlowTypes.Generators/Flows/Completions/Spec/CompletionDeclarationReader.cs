using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Flows.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FlowTypes.Generators.Flows.Completions.Spec;

/// <summary>
/// Reads a <c>[FlowCompletion]</c> type into its <see cref="CompletionDeclaration"/>: the generator's transform and the
/// analyzer call the same method, so what the generator skips is exactly what the analyzer reports (FT9006, FT9007).
/// </summary>
internal static class CompletionDeclarationReader
{
    public const string AttributeName = "FlowTypes.FlowCompletionAttribute";
    private const string JsonPropertyName = "System.Text.Json.Serialization.JsonPropertyNameAttribute";

    /// <summary>The declaration, or null when the type cannot be completed (<paramref name="problems"/> says why, when given).</summary>
    public static CompletionDeclaration? Read(INamedTypeSymbol type, AttributeData attribute, List<CompletionProblem>? problems, CancellationToken cancellationToken)
    {
        var flowFile = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var syntax = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().ToList();
        var nameLocation = type.Locations.FirstOrDefault() ?? Location.None;
        var shape = Shape(type, syntax);
        if (shape is not null)
        {
            problems?.Add(new CompletionProblem(DiagnosticDescriptors.CompletionTypeShape, nameLocation, type.Name, shape));
        }

        var fields = new List<FieldModel>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var parameters = syntax.Select(s => s.ParameterList).FirstOrDefault(p => p is not null);
        var positional = 0;
        var valid = shape is null && !string.IsNullOrEmpty(flowFile);
        if (type.IsRecord && parameters is not null)
        {
            foreach (var parameter in parameters.Parameters)
            {
                var name = parameter.Identifier.ValueText;
                var property = type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault();
                var parameterSymbol = type.InstanceConstructors.SelectMany(c => c.Parameters).FirstOrDefault(p => p.Name == name && p.Locations.Any(l => l.SourceSpan == parameter.Identifier.Span));
                var valueType = property?.Type ?? parameterSymbol?.Type;
                var attributes = (property?.GetAttributes() ?? Enumerable.Empty<AttributeData>()).Concat(parameterSymbol?.GetAttributes() ?? Enumerable.Empty<AttributeData>());
                valid &= Add(fields, names, type, name, valueType, attributes, parameter.Identifier.GetLocation(), problems);
                positional++;
            }
        }

        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (property.IsStatic || property.IsIndexer || property.SetMethod is null || property.DeclaredAccessibility != Accessibility.Public
                || names.Contains(property.Name) || property.Name is "FlowToken" or "ExtensionData" or "EqualityContract"
                || property.DeclaringSyntaxReferences.IsEmpty)
            {
                continue; // FlowToken and ExtensionData are the generated half's; a get-only property is not read.
            }

            valid &= Add(fields, names, type, property.Name, property.Type, property.GetAttributes(), property.Locations.FirstOrDefault() ?? nameLocation, problems);
        }

        return valid
            ? new CompletionDeclaration(type.ContainingNamespace.ToDisplayString(), type.Name, type.IsRecord, flowFile!, positional, fields.ToImmutableEquatableArray(), syntax.Any(s => s.HasStructuredTrivia && s.GetLeadingTrivia().Any(t => t.GetStructure() is DocumentationCommentTriviaSyntax)))
            : null;
    }

    /// <summary>Why the generator cannot write the other half of the type, or null when it can.</summary>
    private static string? Shape(INamedTypeSymbol type, List<TypeDeclarationSyntax> syntax)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return "is not a record or class";
        }

        if (type.ContainingType is not null)
        {
            return "is nested in '" + type.ContainingType.Name + "'";
        }

        if (type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace)
        {
            return "is in the global namespace";
        }

        if (type.IsGenericType)
        {
            return "is generic";
        }

        if (type.IsStatic || type.IsAbstract)
        {
            return type.IsStatic ? "is static" : "is abstract";
        }

        if (!syntax.All(s => s.Modifiers.Any(m => m.ValueText == "partial")))
        {
            return "is not partial";
        }

        // The reader calls a positional record's constructor, otherwise a parameterless one (inside the type, so any access).
        var hasParameters = syntax.Any(s => s.ParameterList is not null);
        if (hasParameters && !type.IsRecord)
        {
            return "has a primary constructor (only a positional record's parameters are taken by its constructor)";
        }

        return hasParameters || type.InstanceConstructors.Any(c => c.Parameters.Length == 0) ? null : "has no parameterless constructor";
    }

    private static bool Add(List<FieldModel> fields, HashSet<string> names, INamedTypeSymbol owner, string name, ITypeSymbol? valueType, IEnumerable<AttributeData> attributes, Location location, List<CompletionProblem>? problems)
    {
        names.Add(name);
        var (kind, required) = valueType is null ? (null, false) : KindOf(valueType);
        if (kind is null)
        {
            problems?.Add(new CompletionProblem(DiagnosticDescriptors.CompletionPropertyType, location, name, owner.Name, valueType?.ToDisplayString() ?? "?"));
            return false;
        }

        var jsonName = attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == JsonPropertyName)?.ConstructorArguments.FirstOrDefault().Value as string;
        fields.Add(new FieldModel(jsonName ?? Naming.ToSnakeCase(name), name, kind.Value, required, string.Empty));
        return true;
    }

    /// <summary>
    /// The reader kind of a supported property type, and whether the key is always sent (the type is not nullable).
    /// Numbers are <c>decimal</c> only: the runtime reads every JSON number exactly as a decimal, and narrowing it to
    /// <c>int</c> or <c>double</c> in generated code would round or overflow without a word.
    /// </summary>
    private static (FlowFieldKind? Kind, bool Required) KindOf(ITypeSymbol type)
    {
        var required = true;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            required = false;
        }
        else if (type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            required = false;
        }

        FlowFieldKind? kind = type.SpecialType switch
        {
            SpecialType.System_String => FlowFieldKind.String,
            SpecialType.System_Boolean => FlowFieldKind.Boolean,
            SpecialType.System_Decimal => FlowFieldKind.Number,
            _ when type is INamedTypeSymbol { IsGenericType: true } list
                && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>"
                && list.TypeArguments[0].SpecialType == SpecialType.System_String => FlowFieldKind.StringList,
            _ => type.OriginalDefinition.ToDisplayString() switch
            {
                "System.DateOnly" => FlowFieldKind.Date,
                "System.Text.Json.JsonElement" => FlowFieldKind.Json,
                _ => null,
            },
        };
        return (kind, required);
    }
}
