using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FlowTypes.AspNetCore;

/// <summary>
/// A request body read into a pooled buffer, at most a limit: a declared <c>Content-Length</c> over the limit is
/// refused before anything is read, and a body that turns out larger stops being read past the limit. Disposing
/// clears and returns the buffer (it may hold secrets or personal data).
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _buffer;

    private RequestBody(byte[]? buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>True when the body is larger than the limit (answer 413).</summary>
    public bool TooLarge => _buffer is null;

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => new(_buffer, 0, Length);

    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return new RequestBody(null, 0);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, (int?)request.ContentLength ?? 16 * 1024) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    var body = new RequestBody(buffer, length);
                    buffer = null;
                    return body;
                }

                length += read;
                if (length > limit)
                {
                    return new RequestBody(null, 0);
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            }
        }
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer, clearArray: true);
            _buffer = null;
        }
    }
}
