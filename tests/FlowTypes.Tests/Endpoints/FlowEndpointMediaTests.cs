using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using Xunit;

namespace FlowTypes.Tests.Endpoints;

/// <summary>
/// Picker files sent to an endpoint: downloaded from a loopback CDN and decrypted, checked against the vectors in
/// tests/TestData/media-vectors (made by make_media_vectors.py with Python's cryptography package, following Meta's
/// "Media upload components" reference). Each vector either decrypts to its plaintext or fails exactly its check.
/// </summary>
public sealed class FlowEndpointMediaTests : IAsyncLifetime
{
    private readonly LoopbackCdn _cdn = new();

    public static IEnumerable<object[]> Cases => Vectors.Value.Select(v => new object[] { v.Name });

    private static readonly Lazy<IReadOnlyList<Vector>> Vectors = new(Vector.Load);

    public Task InitializeAsync() => _cdn.StartAsync();

    public Task DisposeAsync() => _cdn.DisposeAsync().AsTask();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_downloaded_vector_decrypts_to_its_plaintext_or_fails_its_check(string name)
    {
        var vector = Vectors.Value.Single(v => v.Name == name);
        _cdn.Files["/cdn/" + name] = vector.CdnFile;
        var media = vector.Media(_cdn.BaseAddress);
        using var http = new HttpClient();

        if (vector.Failure is null)
        {
            Assert.Equal(vector.Plaintext, await media.DownloadAsync(http));
        }
        else
        {
            var error = await Assert.ThrowsAsync<FlowMediaException>(() => media.DownloadAsync(http));
            Assert.Equal(vector.Failure, error.Failure.ToString());
        }

        Assert.Equal(new[] { "GET /cdn/" + name }, _cdn.Requests);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decrypt_gives_the_same_answer_for_bytes_downloaded_elsewhere(string name)
    {
        var vector = Vectors.Value.Single(v => v.Name == name);
        var encryption = vector.Media(_cdn.BaseAddress).EncryptionMetadata!;

        if (vector.Failure is null)
        {
            Assert.Equal(vector.Plaintext, encryption.Decrypt(vector.CdnFile));
        }
        else
        {
            Assert.Equal(vector.Failure, Assert.Throws<FlowMediaException>(() => encryption.Decrypt(vector.CdnFile)).Failure.ToString());
        }
    }

    [Fact]
    public void Every_check_is_needed_a_file_passes_only_with_all_of_its_own_values()
    {
        var vector = Vectors.Value.Single(v => v.Name == "receipt_txt");
        var other = Vectors.Value.Single(v => v.Name == "block_bin").Media(_cdn.BaseAddress).EncryptionMetadata!;
        var own = vector.Media(_cdn.BaseAddress).EncryptionMetadata!;
        FlowMediaFailure Failure(FlowMediaEncryption metadata) => Assert.Throws<FlowMediaException>(() => metadata.Decrypt(vector.CdnFile)).Failure;

        Assert.Equal(FlowMediaFailure.EncryptedHashMismatch, Failure(new FlowMediaEncryption { EncryptedHash = other.EncryptedHash, Iv = own.Iv, EncryptionKey = own.EncryptionKey, HmacKey = own.HmacKey, PlaintextHash = own.PlaintextHash }));
        Assert.Equal(FlowMediaFailure.HmacMismatch, Failure(new FlowMediaEncryption { EncryptedHash = own.EncryptedHash, Iv = other.Iv, EncryptionKey = own.EncryptionKey, HmacKey = own.HmacKey, PlaintextHash = own.PlaintextHash }));

        // Another key decrypts to garbage: with overwhelming likelihood its padding is wrong, else its hash is.
        var wrongKey = Assert.Throws<FlowMediaException>(() => new FlowMediaEncryption { EncryptedHash = own.EncryptedHash, Iv = own.Iv, EncryptionKey = other.EncryptionKey, HmacKey = own.HmacKey, PlaintextHash = own.PlaintextHash }.Decrypt(vector.CdnFile));
        Assert.Contains(wrongKey.Failure, new[] { FlowMediaFailure.InvalidCiphertext, FlowMediaFailure.PlaintextHashMismatch });
    }

    [Theory]
    [InlineData(null, "encryption_metadata has no 'iv'.")]
    [InlineData("", "encryption_metadata has no 'iv'.")]
    [InlineData("not base64!", "encryption_metadata 'iv' is not Base64.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "encryption_metadata 'iv' has 21 bytes; it must have 16.")]
    public void Malformed_metadata_is_refused_before_anything_is_decrypted(string? iv, string message)
    {
        var own = Vectors.Value.Single(v => v.Name == "receipt_txt");
        var metadata = own.Media(_cdn.BaseAddress).EncryptionMetadata!;
        var broken = new FlowMediaEncryption { EncryptedHash = metadata.EncryptedHash, Iv = iv, EncryptionKey = metadata.EncryptionKey, HmacKey = metadata.HmacKey, PlaintextHash = metadata.PlaintextHash };

        var error = Assert.Throws<FlowMediaException>(() => broken.Decrypt(own.CdnFile));

        Assert.Equal(FlowMediaFailure.InvalidMetadata, error.Failure);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task A_file_without_url_or_metadata_is_not_downloaded()
    {
        using var http = new HttpClient();
        var noMetadata = new FlowEndpointMedia { MediaId = "m1", CdnUrl = _cdn.BaseAddress + "cdn/x", FileName = "a.jpg" };
        var noUrl = Vectors.Value[0].Media(_cdn.BaseAddress);
        noUrl = new FlowEndpointMedia { MediaId = noUrl.MediaId, FileName = noUrl.FileName, EncryptionMetadata = noUrl.EncryptionMetadata, CdnUrl = "/cdn/relative" };

        Assert.Equal(
            "File 'a.jpg' has no encryption_metadata; it cannot be decrypted.",
            (await Assert.ThrowsAsync<FlowMediaException>(() => noMetadata.DownloadAsync(http))).Message);
        Assert.Equal(
            "File 'receipt.txt' has no http(s) cdn_url to download it from.",
            (await Assert.ThrowsAsync<FlowMediaException>(() => noUrl.DownloadAsync(http))).Message);
        Assert.Empty(_cdn.Requests);
    }

    [Fact]
    public async Task A_cdn_error_is_an_http_error()
    {
        using var http = new HttpClient();
        var media = Vectors.Value[0].Media(_cdn.BaseAddress);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => media.DownloadAsync(http));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_download_larger_than_any_picker_file_is_stopped(bool announced)
    {
        // Declared by Content-Length (refused before the body is read) or streamed without it (refused while reading).
        _cdn.Oversized = (FlowMediaEncryption.MaxCdnFileBytes + 1, announced);
        using var http = new HttpClient();
        var media = Vectors.Value[0].Media(_cdn.BaseAddress);

        var error = await Assert.ThrowsAsync<FlowMediaException>(() => media.DownloadAsync(http));

        Assert.Equal(FlowMediaFailure.TooLarge, error.Failure);
        Assert.Equal(26_214_426, FlowMediaEncryption.MaxCdnFileBytes);
    }

    [Fact]
    public void Metadata_never_shows_its_keys()
    {
        var metadata = Vectors.Value[0].Media(_cdn.BaseAddress).EncryptionMetadata!;

        Assert.Equal("FlowMediaEncryption (keys not shown)", metadata.ToString());
    }

    [Fact]
    public void Files_compare_by_value()
    {
        var a = Vectors.Value[0].Media(_cdn.BaseAddress);
        var b = Vectors.Value[0].Media(_cdn.BaseAddress);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Vectors.Value[1].Media(_cdn.BaseAddress));
        Assert.NotEqual(a, new FlowEndpointMedia { MediaId = a.MediaId, CdnUrl = a.CdnUrl, FileName = a.FileName });
    }

    [Fact]
    public async Task A_picker_value_read_by_the_runtime_reader_is_typed_and_downloads()
    {
        // The picker value as an endpoint request carries it: every vector's file object, cdn_url made absolute, with a
        // key neither the file nor its metadata declares.
        var objects = Vectors.Value.Select(v =>
        {
            var media = System.Text.Json.Nodes.JsonNode.Parse(v.MediaJson.GetRawText())!.AsObject();
            media["cdn_url"] = new Uri(_cdn.BaseAddress, (string)media["cdn_url"]!).ToString();
            return media;
        }).ToList();
        objects[0]["mime_type"] = "text/plain";
        objects[0]["encryption_metadata"]!["algorithm"] = "AES-256-CBC";
        using var document = JsonDocument.Parse(new System.Text.Json.Nodes.JsonArray(objects.ToArray<System.Text.Json.Nodes.JsonNode?>()).ToJsonString());

        var files = Read(document.RootElement.GetRawText())!;

        Assert.Equal(Vectors.Value.Count, files.Count);
        for (var i = 1; i < files.Count; i++)
        {
            Assert.Equal(Vectors.Value[i].Media(_cdn.BaseAddress), files[i]);
        }

        var first = files[0];
        var expected = Vectors.Value[0].Media(_cdn.BaseAddress);
        Assert.Equal((expected.MediaId, expected.CdnUrl, expected.FileName), (first.MediaId, first.CdnUrl, first.FileName));
        Assert.Equal("\"text/plain\"", Assert.Single(first.ExtensionData, e => e.Key == "mime_type").Value.GetRawText());
        Assert.Equal("\"AES-256-CBC\"", Assert.Single(first.EncryptionMetadata!.ExtensionData, e => e.Key == "algorithm").Value.GetRawText());
        Assert.NotEqual(expected, first); // the kept keys are part of the value

        var vector = Vectors.Value[0];
        _cdn.Files["/cdn/" + vector.Name] = vector.CdnFile;
        using var http = new HttpClient();
        Assert.Equal(vector.Plaintext, await first.DownloadAsync(http));
    }

    [Fact]
    public void A_picker_value_without_files_reads_as_such()
    {
        Assert.Null(Read("null"));
        Assert.Empty(Read("[]")!);
        var file = Assert.Single(Read("[{\"media_id\":\"m1\",\"encryption_metadata\":null}]")!);
        Assert.Equal(("m1", null, null, null), (file.MediaId, file.CdnUrl, file.FileName, file.EncryptionMetadata));
    }

    [Theory]
    [InlineData("\"aGVsbG8=\"")]
    [InlineData("{\"media_id\":\"m1\"}")]
    [InlineData("[1]")]
    [InlineData("[{\"media_id\":\"m1\",\"media_id\":\"m2\"}]")]
    [InlineData("[{\"cdn_url\":42}]")]
    [InlineData("[{\"encryption_metadata\":{\"iv\":\"a\",\"iv\":\"b\"}}]")]
    [InlineData("[{\"encryption_metadata\":{\"iv\":1}}]")]
    [InlineData("[{\"encryption_metadata\":\"x\"}]")]
    [InlineData("[{\"note\":1,\"note\":2}]")]
    public void A_picker_value_that_is_not_file_objects_is_not_read(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.False(FlowTypes.Runtime.FlowValueReader.TryReadEndpointMedia(ref reader, out _));
    }

    [Fact]
    public async Task A_request_shaped_as_Metas_media_upload_example_reads_into_the_generated_record()
    {
        // Meta's endpoint payload example ("Media upload components", Handling media, Endpoint), with the comma its
        // listing lacks after file_name, sent by TestData/media-vectors/claim-photos.flow.json's data_exchange.
        const string Data = """
            {
              "claim_number": "C-1042",
              "photo_picker": [{
                "media_id": "790aba14-5f4a-4dbd-aa9e-0d75401da14b",
                "cdn_url": "https://mmg.whatsapp.net/v/redacted",
                "file_name": "IMG_5237.jpg",
                "encryption_metadata": {
                  "encrypted_hash": "/QvkBvpBED2q2AHPIFuhXfLpkn22zj2kO6ggzjvhHv0=",
                  "iv": "5SHjLrrsfPXTSJTcbrVSkg==",
                  "encryption_key": "lPa4SXcWbk3sy2so3OxjyXmpV4aE6CcIKd+4byr5hBw=",
                  "hmac_key": "15l+E9Z5gcL15WH9OQ8GgK7VVCKkfbVigoSiM9djvGU=",
                  "plaintext_hash": "AOF2dHXVEpm9efk9udNy3R1cUJWnpjFwQKGBEdALqXI="
                }
              }]
            }
            """;
        var handler = new ClaimHandler();

        var response = await handler.HandleAsync(new FlowEndpointRequest("3.0", "data_exchange", "CLAIM", "tok-7", System.Text.Encoding.UTF8.GetBytes(Data)), CancellationToken.None);

        var request = Assert.Single(handler.Received);
        Assert.Equal(("C-1042", "tok-7"), (request.ClaimNumber, request.FlowToken));
        Assert.Empty(request.ExtensionData);
        var file = Assert.Single(request.PhotoPicker!);
        Assert.Equal(
            new FlowEndpointMedia
            {
                MediaId = "790aba14-5f4a-4dbd-aa9e-0d75401da14b",
                CdnUrl = "https://mmg.whatsapp.net/v/redacted",
                FileName = "IMG_5237.jpg",
                EncryptionMetadata = new FlowMediaEncryption
                {
                    EncryptedHash = "/QvkBvpBED2q2AHPIFuhXfLpkn22zj2kO6ggzjvhHv0=",
                    Iv = "5SHjLrrsfPXTSJTcbrVSkg==",
                    EncryptionKey = "lPa4SXcWbk3sy2so3OxjyXmpV4aE6CcIKd+4byr5hBw=",
                    HmacKey = "15l+E9Z5gcL15WH9OQ8GgK7VVCKkfbVigoSiM9djvGU=",
                    PlaintextHash = "AOF2dHXVEpm9efk9udNy3R1cUJWnpjFwQKGBEdALqXI=",
                },
            },
            file);
        Assert.Empty(file.ExtensionData);
        Assert.Equal("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"tok-7","files":"1"}}}}""", System.Text.Encoding.UTF8.GetString(response.Utf8Json.Span));
    }

    [Fact]
    public async Task The_generated_handler_gets_typed_files_that_download_and_decrypt_from_the_cdn()
    {
        // Every vector's file object in one picker value, as the endpoint gets it; the handler method downloads each.
        var files = Vectors.Value.Select(v =>
        {
            _cdn.Files["/cdn/" + v.Name] = v.CdnFile;
            var media = System.Text.Json.Nodes.JsonNode.Parse(v.MediaJson.GetRawText())!.AsObject();
            media["cdn_url"] = new Uri(_cdn.BaseAddress, (string)media["cdn_url"]!).ToString();
            return (System.Text.Json.Nodes.JsonNode?)media;
        }).ToArray();
        var data = new System.Text.Json.Nodes.JsonObject { ["claim_number"] = "C-7", ["photo_picker"] = new System.Text.Json.Nodes.JsonArray(files) }.ToJsonString();
        using var http = new HttpClient();
        var downloads = new List<(string? Name, byte[]? Content, string? Failure)>();
        var handler = new ClaimHandler
        {
            OnFiles = async (request, cancellationToken) =>
            {
                foreach (var file in request.PhotoPicker!)
                {
                    try
                    {
                        downloads.Add((file.FileName, await file.DownloadAsync(http, cancellationToken), null));
                    }
                    catch (FlowMediaException e)
                    {
                        downloads.Add((file.FileName, null, e.Failure.ToString()));
                    }
                }
            },
        };

        await handler.HandleAsync(new FlowEndpointRequest("3.0", "data_exchange", "CLAIM", "tok-8", System.Text.Encoding.UTF8.GetBytes(data)), CancellationToken.None);

        Assert.Equal(Vectors.Value.Select(v => (v.MediaJson.GetProperty("file_name").GetString(), v.Plaintext, v.Failure)), downloads);
        Assert.Contains(downloads, d => d.Content is not null);
        Assert.Contains(downloads, d => d.Failure is not null);
        Assert.Equal(Vectors.Value.Select(v => "GET /cdn/" + v.Name), _cdn.Requests);
    }

    [Theory]
    [InlineData("""{"claim_number":"C-1","photo_picker":"aGVsbG8="}""", "$.photo_picker: Expected an array of file objects (media_id, cdn_url, file_name, encryption_metadata) but found a string.")]
    [InlineData("""{"claim_number":"C-1","photo_picker":[{"media_id":"m1","file_name":"a.jpg"},{"media_id":2}]}""", "$.photo_picker: Expected an array of file objects (media_id, cdn_url, file_name, encryption_metadata) but found a number.")]
    [InlineData("""{"photo_picker":[]}""", "$.claim_number: The required key 'claim_number' of flow 'claim-photos.flow.json' is missing.")]
    public async Task A_picker_value_that_is_not_endpoint_files_reaches_no_method(string data, string expected)
    {
        var handler = new ClaimHandler();

        var exception = await Assert.ThrowsAsync<FlowParseException>(() => handler.HandleAsync(new FlowEndpointRequest("3.0", "data_exchange", "CLAIM", "tok-9", System.Text.Encoding.UTF8.GetBytes(data)), CancellationToken.None).AsTask());

        Assert.Equal(expected, exception.Error.ToString());
        Assert.Empty(handler.Received);
    }

    /// <summary>The runtime reader generated endpoint code calls for a picker value; throws when it refuses the value.</summary>
    private static IReadOnlyList<FlowEndpointMedia>? Read(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.True(FlowTypes.Runtime.FlowValueReader.TryReadEndpointMedia(ref reader, out var files));
        return files;
    }

    private sealed record Vector(string Name, JsonElement MediaJson, byte[] CdnFile, byte[]? Plaintext, string? Failure)
    {
        public static IReadOnlyList<Vector> Load()
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "media-vectors", "media-vectors.json")));
            return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Vector(
                c.GetProperty("name").GetString()!,
                c.GetProperty("media").Clone(),
                Convert.FromBase64String(c.GetProperty("cdn_file").GetString()!),
                c.TryGetProperty("plaintext", out var plaintext) ? Convert.FromBase64String(plaintext.GetString()!) : null,
                c.TryGetProperty("failure", out var failure) ? failure.GetString() : null)).ToList();
        }

        /// <summary>The file object as the endpoint gets it, its <c>cdn_url</c> pointing at the loopback CDN.</summary>
        public FlowEndpointMedia Media(Uri cdn)
        {
            var metadata = MediaJson.GetProperty("encryption_metadata");
            return new FlowEndpointMedia
            {
                MediaId = MediaJson.GetProperty("media_id").GetString(),
                CdnUrl = new Uri(cdn, MediaJson.GetProperty("cdn_url").GetString()).ToString(),
                FileName = MediaJson.GetProperty("file_name").GetString(),
                EncryptionMetadata = new FlowMediaEncryption
                {
                    EncryptedHash = metadata.GetProperty("encrypted_hash").GetString(),
                    Iv = metadata.GetProperty("iv").GetString(),
                    EncryptionKey = metadata.GetProperty("encryption_key").GetString(),
                    HmacKey = metadata.GetProperty("hmac_key").GetString(),
                    PlaintextHash = metadata.GetProperty("plaintext_hash").GetString(),
                },
            };
        }
    }

    /// <summary>The endpoint of TestData/media-vectors/claim-photos.flow.json as a business writes it: records what it gets, finishes with the file count.</summary>
    private sealed class ClaimHandler : FlowTypes.Tests.Flows.ClaimPhotosEndpoint
    {
        public List<ClaimSubmitRequest> Received { get; } = new();

        public Func<ClaimSubmitRequest, CancellationToken, Task>? OnFiles { get; init; }

        public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) => new(InitResponse.ToClaim());

        public override async ValueTask<ClaimResponse> OnClaimSubmitAsync(ClaimSubmitRequest request, CancellationToken cancellationToken)
        {
            Received.Add(request);
            if (OnFiles is not null)
            {
                await OnFiles(request, cancellationToken);
            }

            return ClaimResponse.Finish(request.FlowToken!, new Dictionary<string, string> { ["files"] = request.PhotoPicker!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    /// <summary>A CDN on loopback (HttpListener): serves the files it is given, 404 otherwise, or an oversized body.</summary>
    private sealed class LoopbackCdn : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly List<string> _requests = new();
        private Task? _loop;

        public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public (long Length, bool Announced)? Oversized { get; set; }

        public Uri BaseAddress { get; private set; } = null!;

        public IReadOnlyList<string> Requests
        {
            get
            {
                lock (_requests)
                {
                    return _requests.ToArray();
                }
            }
        }

        public Task StartAsync()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
            }

            _listener.Prefixes.Add(BaseAddress.ToString());
            _listener.Start();
            _loop = Task.Run(LoopAsync);
            return Task.CompletedTask;
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    // A pending GetContextAsync is not always completed when the listener is stopped (seen on Linux:
                    // the test host hung in DisposeAsync), so the loop also stops on DisposeAsync's signal.
                    context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                lock (_requests)
                {
                    _requests.Add(context.Request.HttpMethod + " " + path);
                }

                try
                {
                    await AnswerAsync(context, path);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException)
                {
                    // The client stopped reading (an oversized download it refused).
                    context.Response.Abort();
                }
                catch (ObjectDisposedException)
                {
                    // The test ended (DisposeAsync closed the listener) while an oversized body was still being written.
                    return;
                }
            }
        }

        private async Task AnswerAsync(HttpListenerContext context, string path)
        {
            if (Oversized is { } oversized)
            {
                if (oversized.Announced)
                {
                    context.Response.ContentLength64 = oversized.Length;
                }
                else
                {
                    context.Response.SendChunked = true;
                }

                var chunk = new byte[65536];
                for (long sent = 0; sent < oversized.Length; sent += chunk.Length)
                {
                    await context.Response.OutputStream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, oversized.Length - sent)));
                }

                return;
            }

            if (!Files.TryGetValue(path, out var file))
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength64 = file.Length;
            await context.Response.OutputStream.WriteAsync(file);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            _listener.Close();
            if (_loop is not null)
            {
                await _loop;
            }

            _stop.Dispose();
        }
    }
}
