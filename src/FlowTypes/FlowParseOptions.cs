using System;

namespace FlowTypes;

/// <summary>
/// Limits applied while parsing untrusted webhook bodies. Every limit is enforced with a
/// <see cref="FlowParseErrorKind.LimitExceeded"/> error, never with an exception from a <c>TryParse</c> method.
/// </summary>
public sealed class FlowParseOptions
{
    /// <summary>The defaults: 4 MiB body, depth 64, 2 MiB <c>responseJson</c>, 256 unknown keys.</summary>
    public static FlowParseOptions Default { get; } = new();

    private int _maxDepth = 64;

    /// <summary>The largest accepted webhook body, in bytes.</summary>
    public int MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest accepted JSON nesting (1 to 256).</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= 256 ? value : throw new ArgumentOutOfRangeException(nameof(value), "MaxDepth must be between 1 and 256.");
    }

    /// <summary>The largest accepted <c>responseJson</c> string after unescaping, in UTF-8 bytes.</summary>
    public int MaxResponseJsonBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The most keys a submission may carry that its flow does not declare (kept in <c>ExtensionData</c>).</summary>
    public int MaxExtensionDataKeys { get; init; } = 256;
}
