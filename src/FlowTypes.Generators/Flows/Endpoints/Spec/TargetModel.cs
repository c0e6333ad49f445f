namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>A screen a response may show, with the data type the screen declares (null when it declares none).</summary>
internal sealed record TargetModel(string Screen, string MethodName, string? DataTypeName);
