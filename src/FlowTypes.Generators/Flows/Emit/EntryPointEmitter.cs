using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Emit;

/// <summary>
/// The public parse entry points of the router and of <c>[FlowCompletion]</c> types: one regular grid, each a one-line
/// call to the type's <c>FlowReader</c>. Flow submission records inherit the same grid from the runtime's
/// <c>FlowSubmission&lt;TSubmission, TReader&gt;</c> instead (declared once, not bound again per flow). Text or UTF-8 <c>responseJson</c> × (Parse, TryParse, TryParse with
/// options); webhook body as UTF-8 or text × (ParseWebhook, TryParseWebhook, TryParseWebhook with options); a stream.
/// </summary>
internal static class EntryPointEmitter
{
    public static void EmitGrid(SourceWriter w, string type, string reader, GenerationSettings settings, string what)
    {
        var notNull = settings.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        const string Options = "global::FlowTypes.FlowParseOptions";
        const string Error = "global::FlowTypes.FlowParseError";
        const string Span = "global::System.ReadOnlySpan<byte>";
        const string Throws = "/// <exception cref=\"global::FlowTypes.FlowParseException\">";
        w.WriteLine($$"""
            /// <summary>Parses the <c>responseJson</c> string of a {{what}}.</summary>
            {{Throws}}The text is not a valid {{what}}.</exception>
            public static {{type}} Parse(string responseJson) => {{reader}}.Parse(responseJson);

            /// <summary>Parses the <c>responseJson</c> string of a {{what}}; never throws for bad input.</summary>
            public static bool TryParse(string responseJson, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParse(responseJson, out submission, out error);

            /// <summary>Parses the <c>responseJson</c> string of a {{what}} with explicit limits; never throws for bad input.</summary>
            public static bool TryParse(string responseJson, {{Options}} options, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParse(responseJson, options, out submission, out error);

            /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a {{what}}.</summary>
            {{Throws}}The bytes are not a valid {{what}}.</exception>
            public static {{type}} Parse({{Span}} utf8ResponseJson) => {{reader}}.Parse(utf8ResponseJson);

            /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a {{what}}; never throws for bad input.</summary>
            public static bool TryParse({{Span}} utf8ResponseJson, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParse(utf8ResponseJson, out submission, out error);

            /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a {{what}} with explicit limits; never throws for bad input.</summary>
            public static bool TryParse({{Span}} utf8ResponseJson, {{Options}} options, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParse(utf8ResponseJson, options, out submission, out error);

            /// <summary>Parses the {{what}} in a whole webhook body: 8x8 <c>payload.content.interactive.nfmReply.responseJson</c> or Meta <c>interactive.nfm_reply.response_json</c>.</summary>
            {{Throws}}The body carries no valid {{what}}.</exception>
            public static {{type}} ParseWebhook({{Span}} webhookBody) => {{reader}}.ParseWebhook(webhookBody);

            /// <summary>Parses the {{what}} in a whole webhook body; never throws for bad input.</summary>
            public static bool TryParseWebhook({{Span}} webhookBody, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParseWebhook(webhookBody, out submission, out error);

            /// <summary>Parses the {{what}} in a whole webhook body with explicit limits; never throws for bad input.</summary>
            public static bool TryParseWebhook({{Span}} webhookBody, {{Options}} options, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParseWebhook(webhookBody, options, out submission, out error);

            /// <summary>Parses the {{what}} in a whole webhook body given as text.</summary>
            {{Throws}}The body carries no valid {{what}}.</exception>
            public static {{type}} ParseWebhook(string webhookBody) => {{reader}}.ParseWebhook(webhookBody);

            /// <summary>Parses the {{what}} in a whole webhook body given as text; never throws for bad input.</summary>
            public static bool TryParseWebhook(string webhookBody, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParseWebhook(webhookBody, out submission, out error);

            /// <summary>Parses the {{what}} in a whole webhook body given as text, with explicit limits; never throws for bad input.</summary>
            public static bool TryParseWebhook(string webhookBody, {{Options}} options, {{notNull}}out {{type}}? submission, out {{Error}}? error) => {{reader}}.TryParseWebhook(webhookBody, options, out submission, out error);

            /// <summary>Reads a webhook body from a stream (at most <see cref="global::FlowTypes.FlowParseOptions.MaxBodyBytes"/>) and parses the {{what}} in it; never throws for bad input.</summary>
            public static global::System.Threading.Tasks.Task<global::FlowTypes.FlowParseResult<{{type}}>> TryParseWebhookAsync(global::System.IO.Stream webhookBody, {{Options}}? options = null, global::System.Threading.CancellationToken cancellationToken = default) => {{reader}}.TryParseWebhookAsync(webhookBody, options, cancellationToken);
            """);
    }
}
