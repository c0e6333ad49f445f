using System;
using System.Buffers;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>The unescaped UTF-8 bytes of a webhook's <c>responseJson</c> string, in a pooled buffer.</summary>
internal struct LocatedResponseJson : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    public LocatedResponseJson(byte[] buffer, int length, string pathPrefix)
    {
        _buffer = buffer;
        _length = length;
        PathPrefix = pathPrefix;
    }

    public readonly ReadOnlySpan<byte> Span => new(_buffer, 0, _length);

    /// <summary>
    /// Where the string was found, followed by <c>/</c>: the prefix of the JSON paths of errors inside it, e.g.
    /// <c>$.payload.content.interactive.nfmReply.responseJson/$.email</c>. A constant, so a parse allocates no path.
    /// </summary>
    public string PathPrefix { get; }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}

/// <summary>
/// Finds the flow completion string in a webhook body in one forward pass, without building a DOM:
/// 8x8 <c>payload.content.interactive.nfmReply.responseJson</c> and Meta <c>interactive.nfm_reply.response_json</c>
/// (in a full Cloud API notification or in a single message object).
/// </summary>
internal static class ResponseJsonLocator
{
    private const byte Other = 0;
    private const byte Interactive = 1;
    private const byte NfmReply8x8 = 2;
    private const byte NfmReplyMeta = 3;
    private const byte ResponseJson8x8 = 4;
    private const byte ResponseJsonMeta = 5;

    public const string Path8x8 = "$.payload.content.interactive.nfmReply.responseJson";
    private const string PathMeta = "$..interactive.nfm_reply.response_json";
    private const string PathPrefix8x8 = Path8x8 + "/";
    private const string PathPrefixMeta = PathMeta + "/";

    public static bool TryLocate(ReadOnlySpan<byte> body, FlowParseOptions options, out LocatedResponseJson located, out FlowParseError? error)
    {
        located = default;
        error = null;
        if (body.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is {body.Length} bytes, more than the {options.MaxBodyBytes} allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        Span<byte> scopes = stackalloc byte[258];
        var depth = 0;
        var pendingName = Other;
        byte[]? buffer = null;
        var length = 0;
        string? pathPrefix = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = Classify(ref reader);
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (IsResponseJson(pendingName, scopes, depth))
                        {
                            error = new FlowParseError(FlowParseErrorKind.UnexpectedType, PathOf(pendingName), $"Expected the flow response to be a JSON string but found {FlowParseErrors.Describe(reader.TokenType)}.");
                            return false;
                        }

                        if (depth == 0 && reader.TokenType != JsonTokenType.StartObject)
                        {
                            error = FlowParseErrors.ExpectedObject(string.Empty, reader.TokenType);
                            return false;
                        }

                        scopes[depth++] = pendingName;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.String when IsResponseJson(pendingName, scopes, depth):
                        if (buffer is not null)
                        {
                            error = new FlowParseError(FlowParseErrorKind.DuplicateKey, PathOf(pendingName), "The webhook body carries more than one flow response string; duplicate keys are rejected.");
                            return false;
                        }

                        var escapedLength = reader.ValueSpan.Length;
                        if (escapedLength > options.MaxResponseJsonBytes && !reader.ValueIsEscaped)
                        {
                            error = TooLong(pendingName, options);
                            return false;
                        }

                        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, escapedLength));
                        length = reader.CopyString(buffer);
                        pathPrefix = pendingName == ResponseJson8x8 ? PathPrefix8x8 : PathPrefixMeta;
                        if (length > options.MaxResponseJsonBytes)
                        {
                            error = TooLong(pendingName, options);
                            return false;
                        }

                        break;
                    default:
                        if (IsResponseJson(pendingName, scopes, depth))
                        {
                            error = new FlowParseError(FlowParseErrorKind.UnexpectedType, PathOf(pendingName), $"Expected the flow response to be a JSON string but found {FlowParseErrors.Describe(reader.TokenType)}.");
                            return false;
                        }

                        break;
                }

                pendingName = Other;
            }
        }
        catch (JsonException exception)
        {
            error = FlowParseErrors.InvalidJson(string.Empty, exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            error = FlowParseErrors.InvalidText(string.Empty);
            return false;
        }
        finally
        {
            if (error is not null)
            {
                ReturnBuffer(ref buffer);
            }
        }

        if (buffer is null)
        {
            error = new FlowParseError(FlowParseErrorKind.NotAFlowSubmission, "$", "The webhook body carries no flow submission (no content.interactive.nfmReply.responseJson).");
            return false;
        }

        located = new LocatedResponseJson(buffer, length, pathPrefix!);
        error = null;
        return true;
    }

    private static void ReturnBuffer(ref byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }

    private static FlowParseError TooLong(byte name, FlowParseOptions options) =>
        new(FlowParseErrorKind.LimitExceeded, PathOf(name), $"The flow response is longer than {options.MaxResponseJsonBytes} bytes (FlowParseOptions.MaxResponseJsonBytes).");

    private static string PathOf(byte name) => name == ResponseJson8x8 ? Path8x8 : PathMeta;

    private static bool IsResponseJson(byte name, ReadOnlySpan<byte> scopes, int depth) =>
        depth >= 2
        && ((name == ResponseJson8x8 && scopes[depth - 1] == NfmReply8x8) || (name == ResponseJsonMeta && scopes[depth - 1] == NfmReplyMeta))
        && scopes[depth - 2] == Interactive;

    private static byte Classify(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The five names have five different lengths: one comparison per property name.
            var name = reader.ValueSpan;
            return name.Length switch
            {
                11 when name.SequenceEqual("interactive"u8) => Interactive,
                8 when name.SequenceEqual("nfmReply"u8) => NfmReply8x8,
                9 when name.SequenceEqual("nfm_reply"u8) => NfmReplyMeta,
                12 when name.SequenceEqual("responseJson"u8) => ResponseJson8x8,
                13 when name.SequenceEqual("response_json"u8) => ResponseJsonMeta,
                _ => Other,
            };
        }

        if (reader.ValueTextEquals("interactive"u8))
        {
            return Interactive;
        }

        if (reader.ValueTextEquals("nfmReply"u8))
        {
            return NfmReply8x8;
        }

        if (reader.ValueTextEquals("nfm_reply"u8))
        {
            return NfmReplyMeta;
        }

        if (reader.ValueTextEquals("responseJson"u8))
        {
            return ResponseJson8x8;
        }

        return reader.ValueTextEquals("response_json"u8) ? ResponseJsonMeta : Other;
    }
}
