using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace FlowTypes.ChatApps;

/// <summary>Registers <see cref="ChatAppsClient"/> with <c>IHttpClientFactory</c> and its resilience pipeline.</summary>
public static class ChatAppsServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client and of its resilience pipeline.</summary>
    public const string HttpClientName = "FlowTypes.ChatApps";

    /// <summary>Adds <see cref="ChatAppsClient"/> configured by code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, for further handlers.</returns>
    public static IHttpClientBuilder AddChatAppsClient(this IServiceCollection services, Action<ChatAppsOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions<ChatAppsOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Adds <see cref="ChatAppsClient"/> bound to a configuration section (for example <c>ChatApps</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section with <c>AccountId</c>, <c>SubAccountId</c>, <c>ChannelId</c>, <c>ApiKey</c>, <c>BaseAddress</c>, ...</param>
    /// <returns>The HTTP client builder, for further handlers.</returns>
    public static IHttpClientBuilder AddChatAppsClient(this IServiceCollection services, IConfiguration section)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions<ChatAppsOptions>().Bind(section);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        var builder = services.AddHttpClient<ChatAppsClient>(HttpClientName, (provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<ChatAppsOptions>>().Value.BaseAddress;
            http.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // the pipeline's timeouts apply
        });

        builder.AddResilienceHandler(HttpClientName, static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ChatAppsOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    Delay = options.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false, // honoured below, with the MaxRetryAfter cap
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
                });
            }

            if (options.CircuitBreakerEnabled)
            {
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.CircuitBreakerFailureRatio,
                    MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                    SamplingDuration = options.CircuitBreakerSamplingDuration,
                    BreakDuration = options.CircuitBreakerBreakDuration,
                });
            }

            pipeline.AddTimeout(options.AttemptTimeout);
        });

        return builder;
    }

    /// <summary>
    /// The retry decision. Idempotent calls (GET, PUT, DELETE) are retried on 408, 429, 5xx, attempt timeouts and
    /// connection failures. Calls that could act twice (a POST: send, create, publish, add template, upload) are retried
    /// only after a transient failure (<see cref="ChatAppsClient.ClassifyFailure"/>: 408, 429, 503, a connection that
    /// was never made), where 8x8 did not act on the request. An answer whose <c>Retry-After</c> is longer than
    /// <see cref="ChatAppsOptions.MaxRetryAfter"/> fails the call at once.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, ChatAppsOptions options)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        var idempotent = request is not null && request.Options.TryGetValue(ChatAppsClient.RetryKey, out var value) && value == ChatAppsClient.RetryClass.Idempotent;
        if (outcome.Result is { } response)
        {
            if (response.IsSuccessStatusCode || RetryAfter(response) is { } wait && wait > options.MaxRetryAfter)
            {
                return false;
            }

            return idempotent
                ? response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
                : ChatAppsClient.ClassifyStatus(response.StatusCode) == ChatAppsFailureKind.Transient;
        }

        return idempotent
            ? outcome.Exception is HttpRequestException or TimeoutRejectedException
            : outcome.Exception is HttpRequestException http && ChatAppsClient.NeverConnected(http);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
