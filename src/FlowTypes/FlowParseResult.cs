using System;

namespace FlowTypes;

/// <summary>The outcome of an asynchronous parse: the value, or the error that stopped it.</summary>
/// <typeparam name="T">The parsed type.</typeparam>
public readonly struct FlowParseResult<T>
    where T : class
{
    private FlowParseResult(T? value, FlowParseError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value, when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>What went wrong, when not <see cref="Succeeded"/>.</summary>
    public FlowParseError? Error { get; }

    /// <summary>True when <see cref="Value"/> holds the parsed value.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>A successful result.</summary>
    public static FlowParseResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed result.</summary>
    public static FlowParseResult<T> Failure(FlowParseError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
