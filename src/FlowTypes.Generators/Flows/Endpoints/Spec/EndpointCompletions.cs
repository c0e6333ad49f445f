using System.Linq;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Completions.Spec;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// Gives an endpoint's finishes through the endpoint their declared <c>[FlowCompletion]</c> type: <c>Finish</c> then takes
/// that type and nothing else, written by one method of the handler, so the endpoint that writes the params and the
/// webhook handler that reads them share one type. Of two declarations for one flow (FT9008) the first by name is used.
/// </summary>
internal static class EndpointCompletions
{
    public static EndpointModel Apply(EndpointModel model, ImmutableEquatableArray<CompletionDeclaration> declarations)
    {
        var declaration = declarations.FirstOrDefault(d => d.Names(model.FilePath));
        if (declaration is null || !model.HasUntypedEndpointFinish)
        {
            return model;
        }

        var writer = "_Write" + declaration.TypeName;
        while (model.Completions.Any(c => c.WriterName == writer))
        {
            writer += "Completion";
        }

        var completion = new CompletionModel(declaration.QualifiedName, writer, declaration.Fields);
        return model with
        {
            Responses = model.Responses
                .Select(r => r with { Finishes = r.Finishes.Select(f => f.ThroughEndpoint && f.Completion is null ? f with { Completion = completion } : f).ToImmutableEquatableArray() })
                .ToImmutableEquatableArray(),
            Completions = model.Completions.Concat(new[] { completion }).ToImmutableEquatableArray(),
        };
    }
}
