using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes;

/// <summary>
/// Parses one kind of flow payload: the <c>responseJson</c> of a submission given as text or UTF-8 bytes, or the
/// submission carried by a whole webhook body (8x8 <c>payload.content.interactive.nfmReply.responseJson</c> or Meta
/// <c>interactive.nfm_reply.response_json</c>) given as bytes, text or a stream. Generated submission types expose
/// theirs as <c>Reader</c>, and the generated <c>FlowRouter</c> is one over all of a project's flows.
/// The <c>Try</c> methods never throw for bad input; the others throw <see cref="FlowParseException"/>.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public abstract class FlowReader<T>
    where T : class
{
    private protected FlowReader()
    {
    }

    /// <summary>Parses the <c>responseJson</c> string of a flow submission.</summary>
    /// <exception cref="FlowParseException">The text is not a valid payload of this type.</exception>
    public T Parse(string responseJson) =>
        TryParse(responseJson, FlowParseOptions.Default, out var value, out var error) ? value : throw new FlowParseException(error!);

    /// <summary>Parses the <c>responseJson</c> string of a flow submission.</summary>
    public bool TryParse(string responseJson, [NotNullWhen(true)] out T? value, out FlowParseError? error) =>
        TryParse(responseJson, FlowParseOptions.Default, out value, out error);

    /// <summary>Parses the <c>responseJson</c> string of a flow submission with explicit limits.</summary>
    public bool TryParse(string responseJson, FlowParseOptions options, [NotNullWhen(true)] out T? value, out FlowParseError? error)
    {
        if (responseJson is null)
        {
            throw new ArgumentNullException(nameof(responseJson));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (responseJson.Length > options.MaxResponseJsonBytes)
        {
            value = null;
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The JSON text is longer than {options.MaxResponseJsonBytes} characters (FlowParseOptions.MaxResponseJsonBytes).");
            return false;
        }

        var rented = Runtime.BufferedBody.RentUtf8(responseJson, out var length);
        try
        {
            return TryRead(new ReadOnlySpan<byte>(rented, 0, length), options, string.Empty, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission.</summary>
    /// <exception cref="FlowParseException">The bytes are not a valid payload of this type.</exception>
    public T Parse(ReadOnlySpan<byte> utf8ResponseJson) =>
        TryRead(utf8ResponseJson, FlowParseOptions.Default, string.Empty, out var value, out var error) ? value! : throw new FlowParseException(error!);

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8ResponseJson, [NotNullWhen(true)] out T? value, out FlowParseError? error) =>
        TryRead(utf8ResponseJson, FlowParseOptions.Default, string.Empty, out value, out error);

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission with explicit limits.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8ResponseJson, FlowParseOptions options, [NotNullWhen(true)] out T? value, out FlowParseError? error) =>
        TryRead(utf8ResponseJson, options ?? throw new ArgumentNullException(nameof(options)), string.Empty, out value, out error);

    /// <summary>Parses the submission in a whole webhook body given as UTF-8 bytes.</summary>
    /// <exception cref="FlowParseException">The body carries no valid payload of this type.</exception>
    public T ParseWebhook(ReadOnlySpan<byte> webhookBody) =>
        TryParseWebhook(webhookBody, FlowParseOptions.Default, out var value, out var error) ? value : throw new FlowParseException(error!);

    /// <summary>Parses the submission in a whole webhook body given as UTF-8 bytes.</summary>
    public bool TryParseWebhook(ReadOnlySpan<byte> webhookBody, [NotNullWhen(true)] out T? value, out FlowParseError? error) =>
        TryParseWebhook(webhookBody, FlowParseOptions.Default, out value, out error);

    /// <summary>Parses the submission in a whole webhook body given as UTF-8 bytes, with explicit limits.</summary>
    public bool TryParseWebhook(ReadOnlySpan<byte> webhookBody, FlowParseOptions options, [NotNullWhen(true)] out T? value, out FlowParseError? error)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        value = null;
        if (!Runtime.ResponseJsonLocator.TryLocate(webhookBody, options, out var located, out error))
        {
            return false;
        }

        try
        {
            return TryRead(located.Span, options, located.PathPrefix, out value, out error);
        }
        finally
        {
            located.Dispose();
        }
    }

    /// <summary>Parses the submission in a whole webhook body given as text.</summary>
    /// <exception cref="FlowParseException">The body carries no valid payload of this type.</exception>
    public T ParseWebhook(string webhookBody) =>
        TryParseWebhook(webhookBody, FlowParseOptions.Default, out var value, out var error) ? value : throw new FlowParseException(error!);

    /// <summary>Parses the submission in a whole webhook body given as text.</summary>
    public bool TryParseWebhook(string webhookBody, [NotNullWhen(true)] out T? value, out FlowParseError? error) =>
        TryParseWebhook(webhookBody, FlowParseOptions.Default, out value, out error);

    /// <summary>Parses the submission in a whole webhook body given as text, with explicit limits.</summary>
    public bool TryParseWebhook(string webhookBody, FlowParseOptions options, [NotNullWhen(true)] out T? value, out FlowParseError? error)
    {
        if (webhookBody is null)
        {
            throw new ArgumentNullException(nameof(webhookBody));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        value = null;
        if (webhookBody.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var rented = Runtime.BufferedBody.RentUtf8(webhookBody, out var length);
        try
        {
            return TryParseWebhook(new ReadOnlySpan<byte>(rented, 0, length), options, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a webhook body from a stream (at most <see cref="FlowParseOptions.MaxBodyBytes"/>) and parses the submission it carries; never throws for bad input.</summary>
    public async Task<FlowParseResult<T>> TryParseWebhookAsync(Stream webhookBody, FlowParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (webhookBody is null)
        {
            throw new ArgumentNullException(nameof(webhookBody));
        }

        options ??= FlowParseOptions.Default;
        using var buffered = await Runtime.BufferedBody.ReadAsync(webhookBody, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (buffered.TooLarge)
        {
            return FlowParseResult<T>.Failure(new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes)."));
        }

        return TryParseWebhook(buffered.Span, options, out var value, out var error)
            ? FlowParseResult<T>.Success(value)
            : FlowParseResult<T>.Failure(error!);
    }

    /// <summary>Reads one UTF-8 document; <paramref name="pathPrefix"/> locates it in a webhook body for error paths.</summary>
    private protected abstract bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out T? value, out FlowParseError? error);

    /// <summary>Lets the router run another reader on the bytes it identified.</summary>
    internal bool TryReadDocument(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out T? value, out FlowParseError? error) =>
        TryRead(json, options, pathPrefix, out value, out error);
}
