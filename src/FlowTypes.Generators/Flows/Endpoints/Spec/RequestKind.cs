namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>What an endpoint request is (its <c>action</c>).</summary>
internal enum RequestKind
{
    Init,
    Back,
    Exchange,
}
