using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FlowTypes.AspNetCore;
using FlowTypes.Benchmarks.Legacy;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The AES-GCM half of one endpoint round trip (issue 24): decrypt the request's <c>encrypted_flow_data</c> with
/// WhatsApp's 16-byte IV, then encrypt a response under the same key and the flipped IV. BouncyCastle's
/// <c>GcmBlockCipher</c> (what <c>FlowTypes.AspNetCore</c> uses now) against the frozen copy of the hand-written GCM
/// it replaced (<c>Legacy/HandWrittenAesGcm.cs</c>), in the same run. The RSA unwrap and the JSON work are the same
/// for both and are measured by <see cref="EndpointBenchmarks"/>. The set-up throws unless both produce the same bytes.
/// </summary>
[MemoryDiagnoser]
public class EndpointCryptoBenchmarks
{
    /// <summary>What is encrypted.</summary>
    public enum Payload
    {
        /// <summary>The book_a_table <c>submit-details</c> exchange of tests/TestData/endpoint-vectors (request and response as recorded).</summary>
        BookATable,

        /// <summary>4 KiB each way (random bytes): a screen with a long data-source list.</summary>
        Kib4,

        /// <summary>64 KiB each way (random bytes): a screen whose Image carries its picture as Base64.</summary>
        Kib64,
    }

    private byte[] _aesKey = [];
    private byte[] _iv = [];
    private byte[] _flippedIv = [];
    private byte[] _sealedRequest = [];
    private byte[] _response = [];
    private byte[] _plaintext = [];
    private byte[] _sealedResponse = [];

    [ParamsAllValues]
    public Payload Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestData", "endpoint-vectors");
        using var vectors = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "vectors.json")));
        var submit = vectors.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "submit-details");
        _aesKey = submit.GetProperty("aes_key").GetBytesFromBase64();
        _iv = submit.GetProperty("initial_vector").GetBytesFromBase64();
        _flippedIv = _iv.Select(b => (byte)~b).ToArray();
        if (Size == Payload.BookATable)
        {
            using var envelope = JsonDocument.Parse(submit.GetProperty("request_body").GetString()!);
            _sealedRequest = envelope.RootElement.GetProperty("encrypted_flow_data").GetBytesFromBase64();
            _response = Encoding.UTF8.GetBytes(submit.GetProperty("response_plaintext").GetString()!);
        }
        else
        {
            var random = new Random(24);
            var request = new byte[Size == Payload.Kib4 ? 4096 : 65536];
            random.NextBytes(request);
            _sealedRequest = new byte[request.Length + AesGcm128.TagSize];
            HandWrittenAesGcm.Encrypt(_aesKey, _iv, request, _sealedRequest);
            _response = new byte[request.Length];
            random.NextBytes(_response);
        }

        _plaintext = new byte[_sealedRequest.Length - AesGcm128.TagSize];
        _sealedResponse = new byte[_response.Length + AesGcm128.TagSize];
        HandWritten();
        var handWritten = (_plaintext.ToArray(), _sealedResponse.ToArray());
        Array.Clear(_plaintext);
        Array.Clear(_sealedResponse);
        BouncyCastle();
        if (!handWritten.Item1.AsSpan().SequenceEqual(_plaintext) || !handWritten.Item2.AsSpan().SequenceEqual(_sealedResponse))
        {
            throw new InvalidOperationException("The two AES-GCM implementations must produce the same bytes.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written GCM (bit-serial GHASH), frozen copy")]
    public int HandWritten()
    {
        if (!HandWrittenAesGcm.TryDecrypt(_aesKey, _iv, _sealedRequest, _plaintext))
        {
            throw new InvalidOperationException("The request did not decrypt.");
        }

        HandWrittenAesGcm.Encrypt(_aesKey, _flippedIv, _response, _sealedResponse);
        return _sealedResponse[^1];
    }

    [Benchmark(Description = "BouncyCastle GcmBlockCipher (FlowTypes.AspNetCore)")]
    public int BouncyCastle()
    {
        if (!AesGcm128.TryDecrypt(_aesKey, _iv, _sealedRequest, _plaintext))
        {
            throw new InvalidOperationException("The request did not decrypt.");
        }

        AesGcm128.Encrypt(_aesKey, _flippedIv, _response, _sealedResponse);
        return _sealedResponse[^1];
    }
}
