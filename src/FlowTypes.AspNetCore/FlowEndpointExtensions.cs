using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowTypes.AspNetCore;

/// <summary>Registers a flow's handler and endpoint options (<c>builder.Services.AddFlowEndpoint&lt;BookingHandler&gt;(...)</c>).</summary>
public static class FlowEndpointServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) and binds its endpoint options from a
    /// configuration section with the keys <c>PrivateKey</c>, <c>PrivateKeyFile</c>, <c>PrivateKeyPassphrase</c>,
    /// <c>AppSecret</c>, <c>MaxBodyBytes</c> and <c>MaxDepth</c>.
    /// </summary>
    public static IServiceCollection AddFlowEndpoint<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : FlowEndpointHandler
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddFlowEndpoint<THandler>(options => Bind(options, configuration));
    }

    /// <summary>Registers <typeparamref name="THandler"/> (scoped: one per request) and configures its endpoint options in code.</summary>
    public static IServiceCollection AddFlowEndpoint<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, Action<FlowEndpointOptions> configure)
        where THandler : FlowEndpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddScoped<THandler>();
        services.AddOptions<FlowEndpointOptions>(FlowEndpointRouteBuilderExtensions.OptionsName<THandler>()).Configure(configure);
        return services;
    }

    private static void Bind(FlowEndpointOptions options, IConfiguration configuration)
    {
        options.PrivateKeyPem = configuration["PrivateKey"] ?? options.PrivateKeyPem;
        options.PrivateKeyFile = configuration["PrivateKeyFile"] ?? options.PrivateKeyFile;
        options.PrivateKeyPassphrase = configuration["PrivateKeyPassphrase"] ?? options.PrivateKeyPassphrase;
        options.AppSecret = configuration["AppSecret"] ?? options.AppSecret;
        var maxBody = configuration["MaxBodyBytes"];
        var maxDepth = configuration["MaxDepth"];
        if (maxBody is not null || maxDepth is not null)
        {
            options.ParseOptions = new FlowParseOptions
            {
                MaxBodyBytes = maxBody is null ? options.ParseOptions.MaxBodyBytes : int.Parse(maxBody, System.Globalization.CultureInfo.InvariantCulture),
                MaxDepth = maxDepth is null ? options.ParseOptions.MaxDepth : int.Parse(maxDepth, System.Globalization.CultureInfo.InvariantCulture),
                MaxResponseJsonBytes = options.ParseOptions.MaxResponseJsonBytes,
                MaxExtensionDataKeys = options.ParseOptions.MaxExtensionDataKeys,
            };
        }
    }
}

/// <summary>Maps a WhatsApp Flows data endpoint (<c>app.MapFlowEndpoint&lt;BookingHandler&gt;("/flows/booking")</c>).</summary>
public static class FlowEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the endpoint protocol: checks <c>X-Hub-Signature-256</c> when an
    /// app secret is configured (432 when it does not match), decrypts the request (421 when it cannot be decrypted,
    /// so that WhatsApp refreshes the public key), answers <c>ping</c> and error notifications, passes <c>INIT</c>,
    /// <c>BACK</c> and <c>data_exchange</c> to a <typeparamref name="THandler"/> resolved per request, and answers with
    /// its response encrypted (Base64, <c>text/plain</c>). <see cref="InvalidFlowTokenException"/> becomes 427; any
    /// other exception 500 with an empty body. The private key is loaded here, so a missing or unreadable key fails at
    /// start-up.
    /// </summary>
    /// <remarks>Register the handler and its options first with <see cref="FlowEndpointServiceCollectionExtensions.AddFlowEndpoint{THandler}(IServiceCollection, IConfiguration)"/>.</remarks>
    public static IEndpointConventionBuilder MapFlowEndpoint<THandler>(this IEndpointRouteBuilder endpoints, string pattern)
        where THandler : FlowEndpointHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var services = endpoints.ServiceProvider;
        var name = typeof(THandler).Name;
        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(THandler)))
        {
            throw new InvalidOperationException($"Flow endpoint '{name}': {typeof(THandler).FullName} is not registered; call services.AddFlowEndpoint<{name}>(...) first.");
        }

        var options = services.GetRequiredService<IOptionsMonitor<FlowEndpointOptions>>().Get(OptionsName<THandler>());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FlowTypes.AspNetCore.FlowEndpoint");
        var processor = new FlowEndpointProcessor(FlowEndpointKey.Load(options, name), options.AppSecret, options.ParseOptions, logger, name);
        return endpoints.MapPost(pattern, context => HandleAsync<THandler>(context, processor));
    }

    internal static string OptionsName<THandler>() => "FlowTypes.Endpoint:" + typeof(THandler).FullName;

    private static async Task HandleAsync<THandler>(HttpContext context, FlowEndpointProcessor processor)
        where THandler : FlowEndpointHandler
    {
        try
        {
            using var body = await RequestBody.ReadAsync(context.Request, processor.ParseOptions.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body.TooLarge)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            var result = await processor.ProcessAsync(
                body.Memory,
                context.Request.Headers["X-Hub-Signature-256"].ToString() is { Length: > 0 } signature ? signature : null,
                () => context.RequestServices.GetRequiredService<THandler>(),
                context.RequestAborted).ConfigureAwait(false);

            context.Response.StatusCode = result.StatusCode;
            if (result.Base64Body is { } response)
            {
                context.Response.ContentType = "text/plain";
                context.Response.ContentLength = response.Length;
                await context.Response.Body.WriteAsync(response, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
    }
}
