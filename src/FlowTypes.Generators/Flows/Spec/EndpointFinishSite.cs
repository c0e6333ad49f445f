using FlowTypes.Generators.Core.Text;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>A terminal screen that finishes through the endpoint, and where its Footer's <c>data_exchange</c> is (FT1071).</summary>
internal sealed record EndpointFinishSite(string Screen, FileLocation Location);
