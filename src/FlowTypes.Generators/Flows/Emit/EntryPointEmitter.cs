using FlowTypes.Generators.Core.Emit;

namespace FlowTypes.Generators.Flows.Emit;

/// <summary>The public parse entry points that every generated submission type and the router share.</summary>
internal static class EntryPointEmitter
{
    /// <summary>
    /// Emits the webhook entry points shared by every submission type and the router: ParseWebhook, and TryParseWebhook
    /// over bytes (with and without options), text and a stream, all forwarding to <paramref name="parserField"/>.
    /// </summary>
    public static void EmitWebhook(SourceWriter w, string type, string parserField, string notNull, string what)
    {
        const string Options = "global::FlowTypes.FlowParseOptions";
        const string Error = "global::FlowTypes.FlowParseError";
        const string Span = "global::System.ReadOnlySpan<byte>";
        w.WriteLine($$"""
            /// <summary>Parses {{what}} in a whole webhook body: 8x8 <c>payload.content.interactive.nfmReply.responseJson</c> or Meta <c>interactive.nfm_reply.response_json</c>.</summary>
            /// <exception cref="global::FlowTypes.FlowParseException">The body carries no valid submission.</exception>
            public static {{type}} ParseWebhook({{Span}} webhookBody) =>
                TryParseWebhook(webhookBody, {{Options}}.Default, out var submission, out var error) ? submission! : throw new global::FlowTypes.FlowParseException(error!);

            /// <summary>Parses {{what}} in a whole webhook body; never throws for bad input.</summary>
            public static bool TryParseWebhook({{Span}} webhookBody, {{notNull}}out {{type}}? submission, out {{Error}}? error) =>
                TryParseWebhook(webhookBody, {{Options}}.Default, out submission, out error);

            /// <summary>Parses {{what}} in a whole webhook body with explicit limits; never throws for bad input.</summary>
            public static bool TryParseWebhook({{Span}} webhookBody, {{Options}} options, {{notNull}}out {{type}}? submission, out {{Error}}? error) =>
                global::FlowTypes.Runtime.FlowJson.TryParseWebhook(webhookBody, options, {{parserField}}, out submission, out error);

            /// <summary>Parses {{what}} in a webhook body given as text; never throws for bad input.</summary>
            public static bool TryParseWebhook(string webhookBody, {{notNull}}out {{type}}? submission, out {{Error}}? error) =>
                global::FlowTypes.Runtime.FlowJson.TryParseWebhookText(webhookBody, {{Options}}.Default, {{parserField}}, out submission, out error);

            /// <summary>Reads a webhook body from a stream (at most <see cref="global::FlowTypes.FlowParseOptions.MaxBodyBytes"/>) and parses {{what}} in it; never throws for bad input.</summary>
            public static global::System.Threading.Tasks.Task<global::FlowTypes.FlowParseResult<{{type}}>> TryParseWebhookAsync(global::System.IO.Stream webhookBody, {{Options}}? options = null, global::System.Threading.CancellationToken cancellationToken = default) =>
                global::FlowTypes.Runtime.FlowJson.TryParseWebhookAsync(webhookBody, options ?? {{Options}}.Default, {{parserField}}, cancellationToken);
            """);
    }
}
