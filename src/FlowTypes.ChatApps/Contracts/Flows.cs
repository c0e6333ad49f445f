using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FlowTypes.ChatApps;

/// <summary>
/// The body of <c>POST .../flows</c> (create) and <c>PUT .../flows/{flowId}</c> (update), with the documented field
/// names. On create, <see cref="Name"/> and <see cref="Categories"/> are required; on update at least one property
/// must be set. Null properties are not sent.
/// </summary>
public sealed class FlowWriteRequest
{
    /// <summary>The flow name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The flow categories (<c>categories</c>): SIGN_UP, SIGN_IN, APPOINTMENT_BOOKING, LEAD_GENERATION, CONTACT_US, CUSTOMER_SUPPORT, SURVEY or OTHER.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Publish immediately (<c>publish</c>); 8x8's default is false.</summary>
    [JsonPropertyName("publish")]
    public bool? Publish { get; init; }

    /// <summary>The Flow JSON definition as a string (<c>flowJson</c>). Send a file's text unchanged so that the
    /// line and column numbers of <see cref="FlowValidationError"/> are the file's own.</summary>
    [JsonPropertyName("flowJson")]
    public string? FlowJson { get; init; }

    /// <summary>A flow id to copy the content from (<c>cloneFlowId</c>).</summary>
    [JsonPropertyName("cloneFlowId")]
    public string? CloneFlowId { get; init; }

    /// <summary>The data endpoint URI of the flow (<c>endPointUri</c>).</summary>
    [JsonPropertyName("endPointUri")]
    public string? EndPointUri { get; init; }

    /// <summary>The application id associated with the flow (<c>applicationId</c>; documented for update).</summary>
    [JsonPropertyName("applicationId")]
    public string? ApplicationId { get; init; }
}

/// <summary>The response of create and update: the flow id, and Meta's validation errors of the flow JSON, if any.</summary>
public sealed class FlowWriteResult
{
    /// <summary>The flow id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Whether the operation succeeded (<c>success</c>). A flow can be saved with validation errors.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; init; }

    /// <summary>Validation errors of the flow JSON (<c>validationErrors</c>); absent when there are none.</summary>
    [JsonPropertyName("validationErrors")]
    public IReadOnlyList<FlowValidationError>? ValidationErrors { get; init; }
}

/// <summary>One validation error of a flow JSON, located by 1-based line and column in the uploaded text.</summary>
public sealed class FlowValidationError
{
    /// <summary>The error code (<c>error</c>), for example <c>INVALID_PROPERTY_VALUE</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>The error type (<c>errorType</c>), for example <c>FLOW_JSON_ERROR</c>.</summary>
    [JsonPropertyName("errorType")]
    public string? ErrorType { get; init; }

    /// <summary>The message (<c>message</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The 1-based start line (<c>lineStart</c>).</summary>
    [JsonPropertyName("lineStart")]
    public int? LineStart { get; init; }

    /// <summary>The 1-based end line (<c>lineEnd</c>).</summary>
    [JsonPropertyName("lineEnd")]
    public int? LineEnd { get; init; }

    /// <summary>The 1-based start column (<c>columnStart</c>).</summary>
    [JsonPropertyName("columnStart")]
    public int? ColumnStart { get; init; }

    /// <summary>The 1-based end column (<c>columnEnd</c>).</summary>
    [JsonPropertyName("columnEnd")]
    public int? ColumnEnd { get; init; }

    /// <summary>The places in the flow JSON the error refers to (<c>pointers</c>).</summary>
    [JsonPropertyName("pointers")]
    public IReadOnlyList<FlowValidationPointer>? Pointers { get; init; }
}

/// <summary>A place in the flow JSON that a validation error refers to.</summary>
public sealed class FlowValidationPointer
{
    /// <summary>The 1-based start line (<c>lineStart</c>).</summary>
    [JsonPropertyName("lineStart")]
    public int? LineStart { get; init; }

    /// <summary>The 1-based end line (<c>lineEnd</c>).</summary>
    [JsonPropertyName("lineEnd")]
    public int? LineEnd { get; init; }

    /// <summary>The 1-based start column (<c>columnStart</c>).</summary>
    [JsonPropertyName("columnStart")]
    public int? ColumnStart { get; init; }

    /// <summary>The 1-based end column (<c>columnEnd</c>).</summary>
    [JsonPropertyName("columnEnd")]
    public int? ColumnEnd { get; init; }

    /// <summary>The property path (<c>path</c>), for example <c>screens[0].layout.children[0].type</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }
}

/// <summary>The response of <c>GET .../flows</c>.</summary>
public sealed class FlowListing
{
    /// <summary>The flows of the channel (<c>flows</c>).</summary>
    [JsonPropertyName("flows")]
    public IReadOnlyList<FlowSummary>? Flows { get; init; }
}

/// <summary>One flow in the list response.</summary>
public sealed class FlowSummary
{
    /// <summary>The flow id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The flow name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The flow status (<c>status</c>): DRAFT, PUBLISHED or DEPRECATED.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}

/// <summary>The response of <c>GET .../flows/{flowId}</c>.</summary>
public sealed class FlowDetails
{
    /// <summary>The flow id (<c>flowId</c>).</summary>
    [JsonPropertyName("flowId")]
    public string? FlowId { get; init; }

    /// <summary>Where to download the flow JSON (<c>flowJsonUrl</c>).</summary>
    [JsonPropertyName("flowJsonUrl")]
    public string? FlowJsonUrl { get; init; }

    /// <summary>The flow name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The flow status (<c>status</c>): DRAFT, PUBLISHED or DEPRECATED.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The flow categories (<c>categories</c>).</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Validation errors of the flow JSON (<c>validationErrors</c>).</summary>
    [JsonPropertyName("validationErrors")]
    public IReadOnlyList<FlowValidationError>? ValidationErrors { get; init; }
}

/// <summary>The response of <c>GET .../flows/{flowId}/preview</c>.</summary>
public sealed class FlowPreview
{
    /// <summary>The flow id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The preview URL (<c>preview_url</c>).</summary>
    [JsonPropertyName("preview_url")]
    public string? PreviewUrl { get; init; }

    /// <summary>When the preview URL expires (<c>expires_at</c>, ISO 8601 as sent, for example <c>2025-12-13T05:49:59+0000</c>).</summary>
    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; init; }
}
