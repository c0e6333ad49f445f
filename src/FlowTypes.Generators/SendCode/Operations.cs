using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>Helpers to read constant values out of operations.</summary>
internal static class Operations
{
    public static string? ConstantString(IArgumentOperation argument) => ConstantString(argument.Value);

    public static string? ConstantString(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    public static int? ConstantInt(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    public static IArgumentOperation? Argument(IObjectCreationOperation creation, string name)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The elements of a params argument written in expanded form, or default when they are not visible.</summary>
    public static ImmutableArray<IOperation> ParamsElements(IArgumentOperation? argument)
    {
        if (argument is null)
        {
            return default;
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        return default;
    }

    /// <summary>Strips implicit conversions.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant assigned to an init property in the object initializer, with its value operation.</summary>
    public static IOperation? InitializerValue(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer is null)
        {
            return null;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }
}
