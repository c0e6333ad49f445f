using System;

namespace FlowTypes.Webhooks;

/// <summary>
/// The timestamps 8x8 sends, <c>2026-01-15T10:30:00.000Z</c> (UTC, zero to seven fraction digits), read directly from
/// the bytes. Anything else, including a value out of range, is left to <c>Utf8JsonReader.TryGetDateTimeOffset</c>;
/// what this accepts, it reads to the same value (a test compares the two on generated timestamps).
/// </summary>
internal static class UtcTimestamp
{
    private static readonly int[] TicksPerDigit = { 0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        var length = text.Length;

        // yyyy-MM-ddTHH:mm:ssZ (20 bytes), or with a '.' and one to seven digits before the Z (22 to 28 bytes).
        if (length is < 20 or > 28 or 21 || text[length - 1] != (byte)'Z'
            || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':')
        {
            return false;
        }

        if (!TryDigits(text.Slice(0, 4), out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var fractionTicks = 0;
        if (length > 20)
        {
            var digits = length - 21;
            if (text[19] != (byte)'.' || !TryDigits(text.Slice(20, digits), out var fraction))
            {
                return false;
            }

            fractionTicks = fraction * TicksPerDigit[digits];
        }

        // The ranges DateTime takes without a leap second or 24:00 (those, and year 0, go to the reader).
        if (year == 0 || month is 0 or > 12 || day == 0 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
