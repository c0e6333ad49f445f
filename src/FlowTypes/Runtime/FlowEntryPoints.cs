using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;

namespace FlowTypes.Runtime;

/// <summary>
/// Wraps a generated UTF-8 parser for strings and for webhook bodies (bytes, streams, text). Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowEntryPoints
{
    /// <summary>Parses a UTF-16 string by transcoding it into a pooled UTF-8 buffer.</summary>
    public static bool TryParseUtf16<T>(string json, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (json.Length > options.MaxResponseJsonBytes)
        {
            value = null;
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The JSON text is longer than {options.MaxResponseJsonBytes} characters (FlowParseOptions.MaxResponseJsonBytes).");
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, rented, 0);
            return parse(new ReadOnlySpan<byte>(rented, 0, length), options, string.Empty, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses the <c>responseJson</c> carried by a webhook body (8x8 or Meta shape).</summary>
    public static bool TryParseWebhook<T>(ReadOnlySpan<byte> body, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        value = null;
        if (!ResponseJsonLocator.TryLocate(body, options, out var located, out error))
        {
            return false;
        }

        try
        {
            return parse(located.Span, options, located.PathPrefix, out value, out error);
        }
        finally
        {
            located.Dispose();
        }
    }

    /// <summary>Reads a webhook body from a stream (at most <see cref="FlowParseOptions.MaxBodyBytes"/>) and parses the submission it carries.</summary>
    public static async System.Threading.Tasks.Task<FlowParseResult<T>> TryParseWebhookAsync<T>(System.IO.Stream body, FlowParseOptions options, Utf8Parser<T> parse, System.Threading.CancellationToken cancellationToken)
        where T : class
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer, length, Math.Min(buffer.Length - length, options.MaxBodyBytes + 1 - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > options.MaxBodyBytes)
                {
                    return FlowParseResult<T>.Failure(new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes)."));
                }
            }

            return TryParseWebhook(new ReadOnlySpan<byte>(buffer, 0, length), options, parse, out var value, out var error)
                ? FlowParseResult<T>.Success(value!)
                : FlowParseResult<T>.Failure(error!);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a webhook body given as text (transcoded into a pooled UTF-8 buffer).</summary>
    public static bool TryParseWebhookText<T>(string body, FlowParseOptions options, Utf8Parser<T> parse, out T? value, out FlowParseError? error)
        where T : class
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        value = null;
        if (body.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, 0, body.Length, rented, 0);
            return TryParseWebhook(new ReadOnlySpan<byte>(rented, 0, length), options, parse, out value, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
