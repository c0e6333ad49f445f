using System;

namespace FlowTypes.ChatApps;

/// <summary>
/// Settings of <see cref="ChatAppsClient"/>, bound from configuration (for example the <c>ChatApps</c> section:
/// <c>ChatApps:AccountId</c>, <c>ChatApps:ApiKey</c>, ...). <see cref="ToString"/> never shows the API key.
/// </summary>
public sealed class ChatAppsOptions
{
    /// <summary>The default base address, <c>https://chatapps.8x8.com/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://chatapps.8x8.com/");

    /// <summary>
    /// The API root. Paths follow the 8x8 API reference: <c>api/v1/accounts/{accountId}/channels/{channelId}/flows</c>,
    /// <c>.../templates</c> and <c>api/v1/subaccounts/{subAccountId}/messages</c> and <c>.../files</c>.
    /// </summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The account id (flows and templates).</summary>
    public string? AccountId { get; set; }

    /// <summary>The sub-account id (messages and files).</summary>
    public string? SubAccountId { get; set; }

    /// <summary>The WhatsApp channel id (flows and templates).</summary>
    public string? ChannelId { get; set; }

    /// <summary>The API key, sent as <c>Authorization: Bearer</c>. Never logged, never in exceptions or <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The timeout of one attempt (default 30 seconds).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of a call including all retries (default 2 minutes).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a retryable failure is retried (default 3; 0 turns retries off).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay, doubled per attempt with jitter, when no <c>Retry-After</c> is given (default 1 second).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> that is honoured; a longer one fails the call instead of waiting (default 1 minute).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the circuit breaker is on (default true).</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit (default 0.5).</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest calls in the sampling window before the circuit can open (default 20).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The sampling window of the circuit breaker (default 30 seconds).</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open (default 15 seconds).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Describes the settings without the API key.</summary>
    /// <returns>The settings, with the key shown only as set or not set.</returns>
    public override string ToString() =>
        $"ChatAppsOptions {{ BaseAddress = {BaseAddress}, AccountId = {AccountId}, SubAccountId = {SubAccountId}, ChannelId = {ChannelId}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")} }}";
}
