using System;

namespace FlowTypes.Endpoints;

/// <summary>
/// The plaintext JSON an endpoint answers with (<c>{"screen": ..., "data": {...}}</c>, or the final
/// <c>SUCCESS</c> response), before the endpoint encrypts it.
/// </summary>
public readonly struct FlowEndpointResponse
{
    /// <summary>Wraps an already serialized response.</summary>
    /// <param name="utf8Json">The response JSON as UTF-8.</param>
    public FlowEndpointResponse(ReadOnlyMemory<byte> utf8Json) => Utf8Json = utf8Json;

    /// <summary>The response JSON as UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }
}
