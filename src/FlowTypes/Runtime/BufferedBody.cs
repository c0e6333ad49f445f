using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.Runtime;

/// <summary>
/// A body or text in a pooled buffer, returned to the pool on <see cref="Dispose"/>: what the readers' stream and text
/// entry points parse (a stream is read up to a limit; text is transcoded to UTF-8 once).
/// </summary>
internal sealed class BufferedBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    private BufferedBody(byte[] buffer, int length, bool tooLarge)
    {
        _buffer = buffer;
        _length = length;
        TooLarge = tooLarge;
    }

    /// <summary>True when the stream held more than the limit (nothing past the limit was read).</summary>
    public bool TooLarge { get; }

    public ReadOnlySpan<byte> Span => new(_buffer, 0, _length);

    /// <summary>Reads <paramref name="stream"/> to its end, or until it has more than <paramref name="maxBytes"/>.</summary>
    public static async Task<BufferedBody> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
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

                var read = await stream.ReadAsync(buffer, length, Math.Min(buffer.Length - length, maxBytes + 1 - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new BufferedBody(buffer, length, tooLarge: false);
                }

                length += read;
                if (length > maxBytes)
                {
                    return new BufferedBody(buffer, 0, tooLarge: true);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/> in a pooled buffer (the caller returns it).</summary>
    public static byte[] RentUtf8(string text, out int length)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        length = Encoding.UTF8.GetBytes(text, 0, text.Length, rented, 0);
        return rented;
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
