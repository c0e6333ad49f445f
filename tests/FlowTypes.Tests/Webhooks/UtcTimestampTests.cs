using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FlowTypes.Webhooks;
using Xunit;

namespace FlowTypes.Tests.Webhooks;

/// <summary>The direct reading of 8x8's UTC timestamps gives what <see cref="Utf8JsonReader.TryGetDateTimeOffset"/> gives, or leaves the text to it.</summary>
public class UtcTimestampTests
{
    [Theory]
    [InlineData("2026-01-15T10:30:00.000Z")]
    [InlineData("2016-01-01T00:00:00Z")]
    [InlineData("2025-05-17T06:27:52.45Z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    public void Documented_and_edge_timestamps_are_read_as_the_reader_reads_them(string text)
    {
        Assert.True(UtcTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast));
        Assert.True(Reader(text, out var expected));
        Assert.Equal((expected, expected.Offset, expected.Ticks), (fast, fast.Offset, fast.Ticks));
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2026-04-31T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-00-01T00:00:00Z")]
    [InlineData("2026-01-00T00:00:00Z")]
    [InlineData("2026-01-01T24:00:00Z")]
    [InlineData("2026-01-01T23:60:00Z")]
    [InlineData("2026-01-01T23:59:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2026-01-01T00:00:00.Z")]
    [InlineData("2026-01-01T00:00:00.12345678Z")]
    [InlineData("2026-01-01T00:00:00z")]
    [InlineData("2026-01-01t00:00:00Z")]
    [InlineData("2026-01-01T00:00:00+00:00")]
    [InlineData("2026-01-01T00:00:00")]
    [InlineData("2026-01-01 00:00:00Z")]
    [InlineData("2026-1-01T00:00:00.0Z")]
    [InlineData("2026-01-01T00:00:0aZ")]
    public void Anything_else_is_left_to_the_reader(string text)
    {
        Assert.False(UtcTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Generated_timestamps_are_read_as_the_reader_reads_them_whenever_they_are_read_directly()
    {
        var random = new Random(22);
        var direct = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = Generate(random);
            if (!UtcTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast))
            {
                continue;
            }

            direct++;
            Assert.True(Reader(text, out var expected), text);
            Assert.Equal((expected, expected.Offset, expected.Ticks), (fast, fast.Offset, fast.Ticks));
        }

        Assert.True(direct > 5_000, "most generated timestamps are in range: " + direct);
    }

    private static string Generate(Random random)
    {
        var fraction = random.Next(0, 10) switch
        {
            0 => string.Empty,
            var n when n <= 8 => "." + Digits(random, random.Next(1, 8)),
            _ => "." + Digits(random, random.Next(0, 10)),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 10_000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}T{random.Next(0, 25):D2}:{random.Next(0, 61):D2}:{random.Next(0, 61):D2}{fraction}Z");
    }

    private static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    private static bool Reader(string text, out DateTimeOffset value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + text + "\""));
        reader.Read();
        return reader.TryGetDateTimeOffset(out value);
    }
}
