// Frozen copy of the hand-written AES-GCM FlowTypes.AspNetCore used before BouncyCastle's GcmBlockCipher replaced it
// (src/FlowTypes.AspNetCore/AesGcm128.cs at 08a1e0f), kept only as the same-run benchmark baseline
// (EndpointCryptoBenchmarks: "hand-written GCM"); do not edit, do not use outside the benchmarks.
// Changes from the original: this comment, the namespace (FlowTypes.Benchmarks.Legacy) and the class name.
using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FlowTypes.Benchmarks.Legacy;

/// <summary>
/// AES-GCM (NIST SP 800-38D) with a nonce of any length and a 16-byte tag appended to the ciphertext, no associated
/// data. WhatsApp uses a 16-byte initial vector, which <see cref="AesGcm"/> does not accept (it takes 12-byte nonces
/// only); the block cipher is the platform's AES in ECB mode, used only to make the counter-mode key stream.
/// </summary>
internal static class HandWrittenAesGcm
{
    public const int TagSize = 16;

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="destination"/> (ciphertext, then tag).</summary>
    public static void Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        if (destination.Length != plaintext.Length + TagSize)
        {
            throw new ArgumentException("The destination must be the plaintext length plus the tag size.", nameof(destination));
        }

        using var aes = CreateAes(key);
        var ciphertext = destination[..plaintext.Length];
        Span<byte> tagMask = stackalloc byte[16];
        Span<byte> h = stackalloc byte[16];
        Span<byte> j0 = stackalloc byte[16];
        Prepare(aes, nonce, h, j0);
        Crypt(aes, j0, plaintext, ciphertext, tagMask);
        ComputeTag(h, tagMask, ciphertext, destination[plaintext.Length..]);
    }

    /// <summary>Checks the tag of <paramref name="ciphertextAndTag"/> and, when it matches, decrypts into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/> when the data is shorter than a tag or the tag does not match (nothing is written then).</returns>
    public static bool TryDecrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertextAndTag, Span<byte> destination)
    {
        if (ciphertextAndTag.Length < TagSize || destination.Length != ciphertextAndTag.Length - TagSize)
        {
            return false;
        }

        using var aes = CreateAes(key);
        var ciphertext = ciphertextAndTag[..^TagSize];
        Span<byte> h = stackalloc byte[16];
        Span<byte> j0 = stackalloc byte[16];
        Prepare(aes, nonce, h, j0);
        Span<byte> tagMask = stackalloc byte[16];
        aes.EncryptEcb(j0, tagMask, PaddingMode.None);
        Span<byte> expected = stackalloc byte[16];
        ComputeTag(h, tagMask, ciphertext, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, ciphertextAndTag[^TagSize..]))
        {
            return false;
        }

        Crypt(aes, j0, ciphertext, destination, tagMask);
        return true;
    }

    private static Aes CreateAes(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (16 or 24 or 32))
        {
            throw new CryptographicException("The AES key must be 128, 192 or 256 bits.");
        }

        var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes;
    }

    /// <summary>H = E(K, 0^128); J0 = nonce || 0^31 || 1 for 12-byte nonces, else GHASH(nonce, padded, with its bit length).</summary>
    private static void Prepare(Aes aes, ReadOnlySpan<byte> nonce, Span<byte> h, Span<byte> j0)
    {
        if (nonce.IsEmpty)
        {
            throw new CryptographicException("The nonce must not be empty.");
        }

        Span<byte> zero = stackalloc byte[16];
        zero.Clear();
        aes.EncryptEcb(zero, h, PaddingMode.None);
        if (nonce.Length == 12)
        {
            nonce.CopyTo(j0);
            j0[12] = 0;
            j0[13] = 0;
            j0[14] = 0;
            j0[15] = 1;
            return;
        }

        var hh = BinaryPrimitives.ReadUInt64BigEndian(h);
        var hl = BinaryPrimitives.ReadUInt64BigEndian(h[8..]);
        ulong yh = 0, yl = 0;
        Absorb(ref yh, ref yl, hh, hl, nonce);
        yl ^= (ulong)nonce.Length * 8;
        Multiply(ref yh, ref yl, hh, hl);
        BinaryPrimitives.WriteUInt64BigEndian(j0, yh);
        BinaryPrimitives.WriteUInt64BigEndian(j0[8..], yl);
    }

    /// <summary>Counter mode from inc32(J0); also writes E(K, J0) (the tag mask) from the same ECB call.</summary>
    private static void Crypt(Aes aes, ReadOnlySpan<byte> j0, ReadOnlySpan<byte> input, Span<byte> output, Span<byte> tagMask)
    {
        var blocks = (input.Length + 15) / 16;
        var length = (blocks + 1) * 16;
        var rented = ArrayPool<byte>.Shared.Rent(length * 2);
        try
        {
            var counters = rented.AsSpan(0, length);
            var stream = rented.AsSpan(length, length);
            var counter = BinaryPrimitives.ReadUInt32BigEndian(j0[12..]);
            for (var i = 0; i <= blocks; i++)
            {
                var block = counters.Slice(i * 16, 16);
                j0[..12].CopyTo(block);
                BinaryPrimitives.WriteUInt32BigEndian(block[12..], unchecked(counter + (uint)i));
            }

            aes.EncryptEcb(counters, stream, PaddingMode.None);
            stream[..16].CopyTo(tagMask);
            var keyStream = stream[16..];
            for (var i = 0; i < input.Length; i++)
            {
                output[i] = (byte)(input[i] ^ keyStream[i]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>Tag = E(K, J0) xor GHASH(C padded || 0^64 || bitlen(C)), for empty associated data.</summary>
    private static void ComputeTag(ReadOnlySpan<byte> h, ReadOnlySpan<byte> tagMask, ReadOnlySpan<byte> ciphertext, Span<byte> tag)
    {
        var hh = BinaryPrimitives.ReadUInt64BigEndian(h);
        var hl = BinaryPrimitives.ReadUInt64BigEndian(h[8..]);
        ulong yh = 0, yl = 0;
        Absorb(ref yh, ref yl, hh, hl, ciphertext);
        yl ^= (ulong)ciphertext.Length * 8;
        Multiply(ref yh, ref yl, hh, hl);
        BinaryPrimitives.WriteUInt64BigEndian(tag, yh ^ BinaryPrimitives.ReadUInt64BigEndian(tagMask));
        BinaryPrimitives.WriteUInt64BigEndian(tag[8..], yl ^ BinaryPrimitives.ReadUInt64BigEndian(tagMask[8..]));
    }

    /// <summary>Y = (Y xor block) * H for each 16-byte block of <paramref name="data"/>, the last one zero-padded.</summary>
    private static void Absorb(ref ulong yh, ref ulong yl, ulong hh, ulong hl, ReadOnlySpan<byte> data)
    {
        var full = data.Length & ~15;
        for (var offset = 0; offset < full; offset += 16)
        {
            yh ^= BinaryPrimitives.ReadUInt64BigEndian(data[offset..]);
            yl ^= BinaryPrimitives.ReadUInt64BigEndian(data[(offset + 8)..]);
            Multiply(ref yh, ref yl, hh, hl);
        }

        if (full < data.Length)
        {
            Span<byte> last = stackalloc byte[16];
            last.Clear();
            data[full..].CopyTo(last);
            yh ^= BinaryPrimitives.ReadUInt64BigEndian(last);
            yl ^= BinaryPrimitives.ReadUInt64BigEndian(last[8..]);
            Multiply(ref yh, ref yl, hh, hl);
        }
    }

    /// <summary>X = X * H in GF(2^128) with GCM's bit order (SP 800-38D, algorithm 1), without data-dependent branches.</summary>
    private static void Multiply(ref ulong xh, ref ulong xl, ulong hh, ulong hl)
    {
        ulong zh = 0, zl = 0, vh = hh, vl = hl;
        for (var i = 0; i < 128; i++)
        {
            var bit = i < 64 ? (xh >> (63 - i)) & 1 : (xl >> (127 - i)) & 1;
            var take = 0UL - bit;
            zh ^= vh & take;
            zl ^= vl & take;
            var carry = 0UL - (vl & 1);
            vl = (vl >> 1) | (vh << 63);
            vh = (vh >> 1) ^ (0xE100000000000000UL & carry);
        }

        xh = zh;
        xl = zl;
    }
}
