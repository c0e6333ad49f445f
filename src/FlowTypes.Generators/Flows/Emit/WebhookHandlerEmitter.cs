using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core.Emit;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Emit;

/// <summary>
/// Emits <c>FlowWebhookHandler</c>: the runtime's <c>ChatAppsWebhookHandler</c> over the project's
/// <c>FlowRouter.Events</c>, with one overridable method per submission type and the switch that calls it. The
/// methods for the other event types (text, replies, statuses, template updates, the fallback) are the runtime's.
/// </summary>
internal static class WebhookHandlerEmitter
{
    /// <summary>Writes the class into the router's file (after <c>FlowRouter</c>, in the same namespace).</summary>
    public static void Emit(SourceWriter w, IReadOnlyList<RouteModel> routes, CancellationToken cancellationToken)
    {
        const string Event = "global::FlowTypes.Webhooks.FlowSubmissionEvent";
        const string Task = "global::System.Threading.Tasks.ValueTask";
        const string Token = "global::System.Threading.CancellationToken";
        var submissions = routes.SelectMany(r => r.Submissions.Select(s => (Route: r, Submission: s))).ToList();

        w.WriteLine("""
            /// <summary>
            /// The project's 8x8 webhook handler: derive from it, override the methods for what you handle, and map it with
            /// <c>app.MapChatAppsWebhook&lt;YourHandler&gt;("/webhooks/8x8")</c> (FlowTypes.AspNetCore), or call
            /// <see cref="global::FlowTypes.Webhooks.ChatAppsWebhookHandler.DispatchAsync"/> yourself. A flow submission reaches the
            /// method of its type below, typed and with its envelope (<c>message.User.Msisdn</c>, <c>message.Umid</c>); other
            /// events reach the base class's methods; everything not overridden reaches <c>OnUnhandledAsync</c>.
            /// </summary>
            """);
        w.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        w.WriteLine("public abstract partial class FlowWebhookHandler : global::FlowTypes.Webhooks.ChatAppsWebhookHandler");
        w.OpenBlock();
        w.WriteLine("/// <summary>Creates the handler over <see cref=\"FlowRouter.Events\"/>: submissions are read into this project's types.</summary>");
        w.WriteLine("protected FlowWebhookHandler()");
        w.WriteLine("    : base(FlowRouter.Events)");
        w.OpenBlock();
        w.CloseBlock();
        foreach (var (route, submission) in submissions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.WriteLine();
            w.WriteLine($"/// <summary>A <see cref=\"{submission.TypeName}\"/> (flow <c>{CSharpText.XmlDoc(route.FileName)}</c>) in <paramref name=\"message\"/>; not overridden, it goes to <c>OnUnhandledAsync</c>.</summary>");
            w.WriteLine($"protected virtual {Task} On{submission.TypeName}Async({Event} message, {submission.TypeName} submission, {Token} cancellationToken) => OnUnhandledAsync(message, cancellationToken);");
        }

        w.WriteLine();
        w.WriteLine("/// <summary>Calls the method of the submission's type.</summary>");
        w.WriteLine($"protected override {Task} OnFlowSubmissionAsync({Event} message, {Token} cancellationToken) => message.Submission switch");
        w.OpenBlock();
        foreach (var (_, submission) in submissions)
        {
            w.WriteLine($"{submission.TypeName} submission => On{submission.TypeName}Async(message, submission, cancellationToken),");
        }

        w.WriteLine("_ => OnUnhandledAsync(message, cancellationToken),");
        w.CloseBlock(";");
        w.CloseBlock();
    }
}
