namespace FlowTypes.ChatApps;

/// <summary>
/// What a failed call says about its request (<see cref="ChatAppsClient.ClassifyFailure"/>): whether 8x8 can have
/// acted on it, and whether the same request can succeed later. A caller that must not act twice (a message send:
/// 8x8 documents no idempotency key) repeats a request only after <see cref="Transient"/>, and checks before repeating
/// it after <see cref="OutcomeUnknown"/>.
/// </summary>
public enum ChatAppsFailureKind
{
    /// <summary>
    /// 8x8 did not act on the request, and the same request may succeed later: no connection could be made (name
    /// resolution, connect, TLS handshake, proxy tunnel), a resilience strategy refused it before it was sent (the
    /// circuit breaker is open), or 8x8 answered 408 (the request did not arrive in time), 429 (rate limit) or 503
    /// (unable to handle requests now).
    /// </summary>
    Transient,

    /// <summary>
    /// 8x8 refused the request (400, 401, 403, 404 and every other 4xx but 408 and 429): it did not act on it, and the
    /// same request will be refused again.
    /// </summary>
    Refused,

    /// <summary>
    /// 8x8 may have acted on the request: no answer came within the timeout, the connection broke after the request was
    /// sent, the call was cancelled while under way, 8x8 answered 500, 502, 504 or another 5xx but 503, or a success
    /// answer did not have the documented shape (<see cref="ChatAppsResponseFormatException"/>).
    /// </summary>
    OutcomeUnknown,
}
