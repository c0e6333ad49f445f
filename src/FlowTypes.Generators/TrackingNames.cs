namespace FlowTypes.Generators;

/// <summary>Names of the incremental pipeline steps of both generators, so tests can assert which steps re-ran.</summary>
internal static class TrackingNames
{
    // FlowTypesGenerator
    public const string Settings = nameof(Settings);
    public const string MalformedFiles = nameof(MalformedFiles);
    public const string FlowSpecs = nameof(FlowSpecs);
    public const string FlowModels = nameof(FlowModels);
    public const string FlowSet = nameof(FlowSet);
    public const string TypeNameConflicts = nameof(TypeNameConflicts);
    public const string FlowSetDiagnostics = nameof(FlowSetDiagnostics);
    public const string FlowOutputs = nameof(FlowOutputs);
    public const string Routes = nameof(Routes);
    public const string EndpointModels = nameof(EndpointModels);
    public const string EndpointOutputs = nameof(EndpointOutputs);
    public const string CompletionDeclarations = nameof(CompletionDeclarations);
    public const string CompletionSet = nameof(CompletionSet);
    public const string CompletionOutputs = nameof(CompletionOutputs);
    public const string TypedEndpoints = nameof(TypedEndpoints);

    // TemplateGenerator
    public const string TemplateSettings = nameof(TemplateSettings);
    public const string TemplateBuilderSpecs = nameof(TemplateBuilderSpecs);
    public const string TemplateBuilders = nameof(TemplateBuilders);
}
