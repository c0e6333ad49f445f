namespace FlowTypes.Generators;

/// <summary>Names of the incremental pipeline steps, so tests can assert which steps re-ran.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string FlowModels = nameof(FlowModels);
    public const string TypeNameConflicts = nameof(TypeNameConflicts);
    public const string FlowOutputs = nameof(FlowOutputs);
    public const string Routes = nameof(Routes);
    public const string MalformedFiles = nameof(MalformedFiles);
    public const string EndpointModels = nameof(EndpointModels);
    public const string EndpointOutputs = nameof(EndpointOutputs);
}
