using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTypes.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowTypes.AspNetCore;

/// <summary>Registers an 8x8 webhook handler and its options (<c>builder.Services.AddChatAppsWebhook&lt;MyHandler&gt;(...)</c>).</summary>
public static class ChatAppsWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> scoped (one per request, so it may take scoped services such as a
    /// <c>DbContext</c>) and binds its options from a configuration section with the keys <c>MaxBodyBytes</c>,
    /// <c>MaxDepth</c>, <c>AllowedNetworks</c> (array), <c>SharedSecret</c> and <c>SharedSecretHeader</c>.
    /// </summary>
    public static IServiceCollection AddChatAppsWebhook<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : ChatAppsWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddChatAppsWebhook<THandler>(options => Bind(options, configuration));
    }

    /// <summary>Registers <typeparamref name="THandler"/> scoped (one per request) with the default options.</summary>
    public static IServiceCollection AddChatAppsWebhook<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where THandler : ChatAppsWebhookHandler
        => services.AddChatAppsWebhook<THandler>(static _ => { });

    /// <summary>Registers <typeparamref name="THandler"/> scoped (one per request) and configures its options in code.</summary>
    public static IServiceCollection AddChatAppsWebhook<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, Action<ChatAppsWebhookOptions> configure)
        where THandler : ChatAppsWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddScoped<THandler>();
        services.AddOptions<ChatAppsWebhookOptions>(ChatAppsWebhookRouteBuilderExtensions.OptionsName<THandler>()).Configure(configure);
        return services;
    }

    private static void Bind(ChatAppsWebhookOptions options, IConfiguration configuration)
    {
        var maxBody = configuration["MaxBodyBytes"];
        var maxDepth = configuration["MaxDepth"];
        if (maxBody is not null || maxDepth is not null)
        {
            var current = options.ParseOptions;
            options.ParseOptions = new FlowParseOptions
            {
                MaxBodyBytes = maxBody is null ? current.MaxBodyBytes : int.Parse(maxBody, System.Globalization.CultureInfo.InvariantCulture),
                MaxDepth = maxDepth is null ? current.MaxDepth : int.Parse(maxDepth, System.Globalization.CultureInfo.InvariantCulture),
                MaxResponseJsonBytes = current.MaxResponseJsonBytes,
                MaxExtensionDataKeys = current.MaxExtensionDataKeys,
            };
        }

        var networks = configuration.GetSection("AllowedNetworks").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (networks.Count > 0)
        {
            options.Origin.AllowedNetworks = networks!;
        }

        options.Origin.SharedSecret = configuration["SharedSecret"] ?? options.Origin.SharedSecret;
        options.Origin.SharedSecretHeader = configuration["SharedSecretHeader"] ?? options.Origin.SharedSecretHeader;
    }
}

/// <summary>Maps an 8x8 webhook endpoint (<c>app.MapChatAppsWebhook&lt;MyHandler&gt;("/webhooks/8x8")</c>).</summary>
public static class ChatAppsWebhookRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to <typeparamref name="THandler"/>, resolved from the request's scope.
    /// In order: the origin checks (403 address not allowed, 401 secret missing or wrong); a JSON content type (415
    /// otherwise); the body limit (413, checked on <c>Content-Length</c> before reading and while reading); one pass
    /// over the body into a typed event (400 with the error's path for a malformed body, 422 when a flow submission
    /// breaks its flow's types); the handler's acknowledgement hook (503 when it throws: not stored, 8x8 delivers
    /// again); dispatch to the handler's method for the event (500 when it throws); 200. An event or content type this
    /// version does not know reaches the handler's fallback and is answered 200, never an error.
    /// </summary>
    /// <remarks>Register the handler first with <see cref="ChatAppsWebhookServiceCollectionExtensions.AddChatAppsWebhook{THandler}(IServiceCollection, IConfiguration)"/>; a malformed allowed network fails here, at start-up.</remarks>
    public static IEndpointConventionBuilder MapChatAppsWebhook<THandler>(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/webhooks/8x8")
        where THandler : ChatAppsWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var services = endpoints.ServiceProvider;
        var name = typeof(THandler).Name;
        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(THandler)))
        {
            throw new InvalidOperationException($"8x8 webhook '{name}': {typeof(THandler).FullName} is not registered; call services.AddChatAppsWebhook<{name}>(...) first.");
        }

        var options = services.GetRequiredService<IOptionsMonitor<ChatAppsWebhookOptions>>().Get(OptionsName<THandler>());
        var endpoint = new ChatAppsWebhookEndpoint(
            options.ParseOptions,
            new ChatAppsOriginCheck(options.Origin),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("FlowTypes.AspNetCore.ChatAppsWebhook"));
        return endpoints.MapPost(pattern, context => endpoint.HandleAsync(context, static context => context.RequestServices.GetRequiredService<THandler>()));
    }

    internal static string OptionsName<THandler>() => "FlowTypes.ChatAppsWebhook:" + typeof(THandler).FullName;
}

/// <summary>One mapped webhook endpoint: the steps of <see cref="ChatAppsWebhookRouteBuilderExtensions.MapChatAppsWebhook{THandler}"/>.</summary>
internal sealed class ChatAppsWebhookEndpoint
{
    private readonly FlowParseOptions _parseOptions;
    private readonly ChatAppsOriginCheck _origin;
    private readonly ILogger _logger;

    public ChatAppsWebhookEndpoint(FlowParseOptions parseOptions, ChatAppsOriginCheck origin, ILogger logger)
    {
        _parseOptions = parseOptions;
        _origin = origin;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context, Func<HttpContext, ChatAppsWebhookHandler> resolve)
    {
        var cancellationToken = context.RequestAborted;
        if (_origin.Reject(context) is { } rejected)
        {
            _logger.LogWarning("Refused an 8x8 webhook from {Address} with {Status} (origin check)", context.Connection.RemoteIpAddress, rejected);
            context.Response.StatusCode = rejected;
            return;
        }

        if (!IsJson(context.Request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        try
        {
            using var body = await RequestBody.ReadAsync(context.Request, _parseOptions.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (body.TooLarge)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            var handler = resolve(context);
            if (!handler.Events.TryParse(body.Memory.Span, _parseOptions, out var webhookEvent, out var error))
            {
                var status = error!.Path.StartsWith(ChatAppsEventReader.SubmissionErrorPathPrefix, StringComparison.Ordinal)
                    ? StatusCodes.Status422UnprocessableEntity
                    : StatusCodes.Status400BadRequest;
                _logger.LogWarning("Refused an 8x8 webhook body with {Status}: {Error}", status, error);
                await WriteProblemAsync(context, status, error).ConfigureAwait(false);
                return;
            }

            WebhookAcknowledgement acknowledgement;
            try
            {
                acknowledgement = await handler.AcknowledgeAsync(new ChatAppsWebhookDelivery(webhookEvent, body.Memory), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(exception, "The acknowledgement hook failed for {EventType} {DeliveryId}; answering 503 so that 8x8 delivers it again", webhookEvent.EventType, webhookEvent.DeliveryId);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            if (acknowledgement == WebhookAcknowledgement.Dispatch)
            {
                try
                {
                    await handler.DispatchAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.LogError(exception, "The handler failed for {EventType} {DeliveryId}; answering 500 so that 8x8 delivers it again", webhookEvent.EventType, webhookEvent.DeliveryId);
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                }
            }
            else
            {
                _logger.LogDebug("Acknowledged {EventType} {DeliveryId} without dispatch ({Acknowledgement})", webhookEvent.EventType, webhookEvent.DeliveryId, acknowledgement);
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (IOException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && contentType.Split(';')[0].EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    /// <summary>An RFC 9457 problem: the error's kind, path and message (never a value from the body).</summary>
    private static async Task WriteProblemAsync(HttpContext context, int status, FlowParseError error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("title", status == StatusCodes.Status422UnprocessableEntity ? "The flow submission does not match its flow" : "The webhook body is not a valid 8x8 webhook");
            writer.WriteNumber("status", status);
            writer.WriteString("detail", error.Message);
            writer.WriteString("kind", error.Kind.ToString());
            writer.WriteString("path", error.Path);
            writer.WriteEndObject();
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }
}
