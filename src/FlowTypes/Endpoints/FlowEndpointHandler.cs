using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.Endpoints;

/// <summary>
/// The contract between a flow's endpoint (which decrypts, verifies and answers <c>ping</c> and error
/// notifications itself) and the code that handles the flow's requests. FlowTypes generates one abstract
/// subclass per flow that declares <c>data_api_version</c>, with one typed method per request kind; you derive
/// from that class.
/// </summary>
public abstract class FlowEndpointHandler
{
    /// <summary>Handles a decrypted <c>INIT</c>, <c>BACK</c> or <c>data_exchange</c> request.</summary>
    /// <param name="request">The decrypted request.</param>
    /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
    /// <returns>The plaintext response the endpoint encrypts and sends back.</returns>
    public abstract ValueTask<FlowEndpointResponse> HandleAsync(FlowEndpointRequest request, CancellationToken cancellationToken);
}
