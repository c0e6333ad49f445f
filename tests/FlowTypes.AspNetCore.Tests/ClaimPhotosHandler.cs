using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.AspNetCore.Tests.Flows;
using FlowTypes.Endpoints;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>
/// The handler of TestData/media-vectors/claim-photos.flow.json, whose Footer sends a PhotoPicker to the endpoint: it
/// gets the files typed (<see cref="FlowEndpointMedia"/>), downloads each from the CDN with an <see cref="HttpClient"/>
/// from the host's factory, and logs what each decrypted to (its SHA-256) or which check it failed.
/// </summary>
public sealed class ClaimPhotosHandler(HandlerLog log, IHttpClientFactory httpClients) : ClaimPhotosEndpoint
{
    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) => new(InitResponse.ToClaim());

    public override async ValueTask<ClaimResponse> OnClaimSubmitAsync(ClaimSubmitRequest request, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient();
        var saved = 0;
        var files = request.PhotoPicker ?? [];
        foreach (var file in files)
        {
            string outcome;
            try
            {
                outcome = "sha256=" + System.Convert.ToHexStringLower(SHA256.HashData(await file.DownloadAsync(http, cancellationToken)));
                saved++;
            }
            catch (FlowMediaException e)
            {
                outcome = e.Failure.ToString();
            }

            log.Calls.Enqueue($"{nameof(OnClaimSubmitAsync)} {request.FlowToken} claim={request.ClaimNumber} {file.MediaId} {file.FileName} {outcome}");
        }

        return ClaimResponse.Finish(request.FlowToken!, new Dictionary<string, string>
        {
            ["files"] = files.Count.ToString(CultureInfo.InvariantCulture),
            ["saved"] = saved.ToString(CultureInfo.InvariantCulture),
        });
    }
}
