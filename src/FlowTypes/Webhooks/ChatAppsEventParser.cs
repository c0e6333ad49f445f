using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FlowTypes.Runtime;

namespace FlowTypes.Webhooks;

/// <summary>
/// The one pass behind <see cref="ChatAppsEventReader"/>: walks an 8x8 webhook body once with a
/// <see cref="Utf8JsonReader"/>, keeps the envelope fields a handler needs, reads a flow submission's
/// <c>responseJson</c> into the project's generated record when it meets it, and decides the event's type at the end
/// (the keys may come in any order). Known keys are matched without allocating; values that are always one of a few
/// documented words (<c>ChatApps</c>, <c>whatsapp</c>, <c>Interactive</c>, ...) come from constants. A key the model does
/// not know is kept in <see cref="ChatAppsEvent.ExtensionData"/>; a key twice in one object is rejected with its path,
/// anywhere in the body.
/// </summary>
internal static partial class ChatAppsEventParser
{
    private const string ResponseJsonPath = "$.payload.content.interactive.nfmReply.responseJson";

    /// <summary>The prefix of the paths of errors inside the submission (the generated readers add <c>$.key</c>).</summary>
    internal const string ResponseJsonPathPrefix = ResponseJsonPath + "/";

    public static bool TryParse(ReadOnlySpan<byte> body, FlowReader<IFlowSubmission>? flows, FlowParseOptions options, out ChatAppsEvent? result, out FlowParseError? error)
    {
        result = null;
        if (body.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is {body.Length} bytes, more than the {options.MaxBodyBytes} allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var parts = new Parts { Flows = flows, Options = options, ContentStart = -1 };
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                error = FlowParseErrors.ExpectedObject(string.Empty, JsonTokenType.None);
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                error = FlowParseErrors.ExpectedObject(string.Empty, reader.TokenType);
                return false;
            }

            if (!ReadObject(ref reader, body, ref parts, Level.Envelope, out error))
            {
                return false;
            }

            // Anything after the root object other than whitespace is malformed JSON (Read throws).
            reader.Read();
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

        result = Build(ref parts, body);
        error = null;
        return true;
    }

    // ---------------------------------------------------------------- the walk

    /// <summary>Reads the members of the object the reader is on; known keys by <paramref name="level"/>'s table.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ref Parts parts, Level level, out FlowParseError? error)
    {
        uint seen = 0;
        var expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = !reader.ValueIsEscaped ? level.IndexOf(reader.ValueSpan, expected) : IndexOfEscaped(ref reader, level);
            if (index < 0)
            {
                if (!KeepUnknown(ref reader, body, level.ExtensionPath, ref parts, out error))
                {
                    return false;
                }

                continue;
            }

            var key = level.Keys[index];
            if ((seen & (1u << index)) != 0)
            {
                error = new FlowParseError(FlowParseErrorKind.DuplicateKey, key.Path, $"The key '{key.Name}' occurs more than once; duplicate keys are rejected.");
                return false;
            }

            seen |= 1u << index;
            expected = index + 1;
            if (key.IsString)
            {
                // Most known values are strings: read here, without a call per value.
                reader.Read();
                string? value;
                if (reader.TokenType == JsonTokenType.String)
                {
                    value = key.Recent is { } recent ? recent.Read(ref reader) : key.Words is { } words ? Words.Intern(ref reader, words) : GetString(ref reader);
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    value = null;
                }
                else
                {
                    error = ExpectedString(key.Path, reader.TokenType);
                    return false;
                }

                StringSlot(ref parts, key.Field) = value;
                continue;
            }

            if (!ReadValue(ref reader, body, ref parts, key, out error))
            {
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>A name with escapes, unescaped into a scratch; one longer than it is no known key, so it stays unknown.</summary>
    private static int IndexOfEscaped(ref Utf8JsonReader reader, Level level)
    {
        if (reader.ValueSpan.Length > MaxNameLength)
        {
            return -1;
        }

        Span<byte> scratch = stackalloc byte[MaxNameLength];
        return level.IndexOf(scratch.Slice(0, reader.CopyString(scratch)), -1);
    }

    /// <summary>Reads the value of one known key that is not a string (<see cref="ReadObject"/> reads those) into <paramref name="parts"/>.</summary>
    private static bool ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ref Parts parts, Key key, out FlowParseError? error)
    {
        var path = key.Path;
        switch (key.Field)
        {
            case Field.Timestamp: return ReadTimestamp(ref reader, key, ref parts, out parts.Timestamp, out error);

            case Field.PayloadTimestamp: return ReadTimestamp(ref reader, key, ref parts, out parts.PayloadTimestamp, out error);

            case Field.ResponseJson: return ReadResponseJson(ref reader, ref parts, out error);
            case Field.Latitude: return ReadCoordinate(ref reader, path, out parts.Latitude, out error);
            case Field.Longitude: return ReadCoordinate(ref reader, path, out parts.Longitude, out error);

            case Field.StatusTimestamp: return ReadTimestamp(ref reader, key, ref parts, out parts.StatusTimestamp, out error);
            case Field.ErrorCode: return ReadInt32(ref reader, path, out parts.ErrorCode, out error);

            case Field.Content:
                if (!ExpectObject(ref reader, path, out error))
                {
                    return false;
                }

                parts.ContentStart = (int)reader.TokenStartIndex;
                if (!ReadObject(ref reader, body, ref parts, key.Members!, out error))
                {
                    return false;
                }

                parts.ContentEnd = (int)reader.BytesConsumed;
                return true;

            default:
                // The other known keys hold objects whose members have a table of their own.
                parts.HasButtonReply |= key.Field == Field.ButtonReply;
                parts.HasListReply |= key.Field == Field.ListReply;
                parts.HasLocation |= key.Field == Field.Location;
                return ExpectObject(ref reader, path, out error) && ReadObject(ref reader, body, ref parts, key.Members!, out error);
        }
    }

    /// <summary>Where the value of a string field goes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ref string? StringSlot(ref Parts parts, Field field)
    {
        switch (field)
        {
            case Field.Namespace: return ref parts.Namespace;
            case Field.EventType: return ref parts.EventType;
            case Field.Description: return ref parts.Description;
            case Field.EventId: return ref parts.EventId;
            case Field.Provider: return ref parts.Provider;
            case Field.BusinessAccountId: return ref parts.BusinessAccountId;
            case Field.AccountId: return ref parts.AccountId;
            case Field.Umid: return ref parts.Umid;
            case Field.SubAccountId: return ref parts.SubAccountId;
            case Field.ContentType: return ref parts.ContentType;
            case Field.ReplyToUmid: return ref parts.ReplyToUmid;
            case Field.Channel: return ref parts.Channel;
            case Field.Msisdn: return ref parts.Msisdn;
            case Field.ChannelUserId: return ref parts.ChannelUserId;
            case Field.UserName: return ref parts.UserName;
            case Field.RecipientChannel: return ref parts.RecipientChannel;
            case Field.ChannelId: return ref parts.ChannelId;
            case Field.Text: return ref parts.Text;
            case Field.Url: return ref parts.Url;
            case Field.InteractiveType: return ref parts.InteractiveType;
            case Field.ButtonId: return ref parts.ButtonReply.Id;
            case Field.ButtonTitle: return ref parts.ButtonReply.Title;
            case Field.ButtonDescription: return ref parts.ButtonReply.Description;
            case Field.ListId: return ref parts.ListReply.Id;
            case Field.ListTitle: return ref parts.ListReply.Title;
            case Field.ListDescription: return ref parts.ListReply.Description;
            case Field.LocationName: return ref parts.LocationName;
            case Field.LocationAddress: return ref parts.LocationAddress;
            case Field.State: return ref parts.State;
            case Field.Detail: return ref parts.Detail;
            case Field.ErrorMessage: return ref parts.ErrorMessage;
            case Field.TemplateId: return ref parts.TemplateId;
            case Field.TemplateName: return ref parts.TemplateName;
            case Field.TemplateLanguage: return ref parts.TemplateLanguage;
            case Field.DisplayPhoneNumber: return ref parts.DisplayPhoneNumber;
            case Field.MetaStatus: return ref parts.MetaStatus;
            case Field.MetaReason: return ref parts.MetaReason;
            case Field.PreviousQualityScore: return ref parts.PreviousQualityScore;
            case Field.NewQualityScore: return ref parts.NewQualityScore;
            case Field.MetaEvent: return ref parts.MetaEvent;
            case Field.CurrentLimit: return ref parts.CurrentLimit;
            case Field.OldLimit: return ref parts.OldLimit;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "not a string field");
        }
    }

    /// <summary>
    /// Whether a key's value is a string (or null), which <see cref="ReadObject"/> reads itself: every key without members
    /// except the ones <see cref="ReadValue"/> reads as a timestamp, a number or the submission.
    /// </summary>
    private static bool IsStringField(Field field, Level? members) =>
        members is null && field is not (Field.Timestamp or Field.PayloadTimestamp or Field.StatusTimestamp or Field.ResponseJson
            or Field.Latitude or Field.Longitude or Field.ErrorCode);

    /// <summary>The documented words a string field's value is returned as when it is one of them.</summary>
    private static Word[]? WordsOf(Field field) => field switch
    {
        Field.Namespace => Words.Namespaces,
        Field.EventType => Words.EventTypes,
        Field.Description => Words.Descriptions,
        Field.Provider => Words.Providers,
        Field.ContentType => Words.ContentTypes,
        Field.Channel or Field.RecipientChannel => Words.Channels,
        Field.InteractiveType => Words.InteractiveTypes,
        Field.State => Words.States,
        Field.Detail => Words.Details,
        Field.MetaStatus => Words.TemplateStatuses,
        Field.PreviousQualityScore or Field.NewQualityScore => Words.QualityScores,
        _ => null,
    };

    /// <summary>The recent values a string field's value is returned as when it is one of them (ids that repeat).</summary>
    private static RecentValues? RecentOf(Field field) => field switch
    {
        Field.SubAccountId => SubAccountIds,
        Field.ChannelId => ChannelIds,
        _ => null,
    };

    /// <summary>
    /// The string token the reader is at. An ASCII value without escapes (ids, phone numbers: most of a webhook's
    /// strings) is widened in one pass; anything else is read by the reader, which also rejects invalid UTF-8.
    /// </summary>
    private static string GetString(ref Utf8JsonReader reader)
    {
#if NET8_0_OR_GREATER
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var value = reader.ValueSpan;
            if (Ascii.IsValid(value))
            {
                return Encoding.ASCII.GetString(value);
            }
        }
#endif
        return reader.GetString()!;
    }

    private static FlowParseError ExpectedString(string path, JsonTokenType found) =>
        new(FlowParseErrorKind.UnexpectedType, path, $"Expected a string but found {FlowParseErrors.Describe(found)}.");

    private static bool ReadResponseJson(ref Utf8JsonReader reader, ref Parts parts, out FlowParseError? error)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            error = null;
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            error = new FlowParseError(FlowParseErrorKind.UnexpectedType, ResponseJsonPath, $"Expected the flow response to be a JSON string but found {FlowParseErrors.Describe(reader.TokenType)}.");
            return false;
        }

        var options = parts.Options;
        var escapedLength = reader.ValueSpan.Length;
        if (escapedLength > options.MaxResponseJsonBytes && !reader.ValueIsEscaped)
        {
            error = ResponseJsonTooLong(options);
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, escapedLength));
        try
        {
            var length = reader.CopyString(buffer);
            if (length > options.MaxResponseJsonBytes)
            {
                error = ResponseJsonTooLong(options);
                return false;
            }

            parts.HasNfmReply = true;
            var json = new ReadOnlySpan<byte>(buffer, 0, length);
            if (parts.Flows is { } flows)
            {
                if (flows.TryReadDocument(json, options, ResponseJsonPathPrefix, out var submission, out error))
                {
                    parts.Submission = submission;
                    return true;
                }

                if (error!.Kind != FlowParseErrorKind.NotAFlowSubmission)
                {
                    return false;
                }
            }

            parts.UnrecognizedResponseJson = Utf8(json);
            error = null;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // ---------------------------------------------------------------- building the event

    // Not inlined: its temporaries would join the walk's frame, which the JIT zeroes on every call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ChatAppsEvent Build(ref Parts parts, ReadOnlySpan<byte> body)
    {
        var eventType = parts.EventType;
        if (Is(eventType, ChatAppsEventTypes.InboundMessageReceived))
        {
            return BuildInbound(ref parts, body);
        }

        if (Is(eventType, ChatAppsEventTypes.OutboundMessageStatusChanged))
        {
            return new MessageStatusEvent
            {
                Channel = parts.Channel,
                Status = new MessageStatus(parts.State, parts.Detail, parts.StatusTimestamp, parts.ErrorCode, parts.ErrorMessage),
            }.WithMessageEnvelope(ref parts);
        }

        if (Is(eventType, ChatAppsEventTypes.TemplateStatusUpdate))
        {
            return new TemplateStatusEvent
            {
                TemplateId = parts.TemplateId,
                TemplateName = parts.TemplateName,
                TemplateLanguage = parts.TemplateLanguage,
                Status = parts.MetaStatus,
                Reason = parts.MetaReason,
            }.WithAccountEnvelope(ref parts);
        }

        if (Is(eventType, ChatAppsEventTypes.TemplateQualityUpdate))
        {
            return new TemplateQualityEvent
            {
                TemplateId = parts.TemplateId,
                TemplateName = parts.TemplateName,
                TemplateLanguage = parts.TemplateLanguage,
                PreviousQualityScore = parts.PreviousQualityScore,
                NewQualityScore = parts.NewQualityScore,
            }.WithAccountEnvelope(ref parts);
        }

        if (Is(eventType, ChatAppsEventTypes.PhoneNumberQualityUpdate))
        {
            return new PhoneNumberQualityEvent
            {
                DisplayPhoneNumber = parts.DisplayPhoneNumber,
                Event = parts.MetaEvent,
                CurrentLimit = parts.CurrentLimit,
                OldLimit = parts.OldLimit,
                Reason = parts.MetaReason,
            }.WithAccountEnvelope(ref parts);
        }

        var whole = new Utf8JsonReader(body);
        return new UnknownChatAppsEvent
        {
            EventType = eventType ?? string.Empty,
            Timestamp = parts.Timestamp ?? parts.PayloadTimestamp,
            Body = JsonElement.ParseValue(ref whole),
            Id = parts.Umid ?? parts.EventId,
            ExtensionData = parts.ExtensionData,
        };
    }

    private static InboundMessageEvent BuildInbound(ref Parts parts, ReadOnlySpan<byte> body)
    {
        var type = parts.ContentType;
        InboundMessageEvent message;
        if (Is(type, "Interactive"))
        {
            // First: flow submissions and replies are the events a FlowTypes handler waits for (the order of the
            // checks below does not change the outcome for a named type).
            message = BuildInteractive(ref parts, body);
        }
        else if (Is(type, "Text") || (type is null && parts.Text is not null && !parts.IsInteractive))
        {
            message = new TextMessageEvent { Text = parts.Text };
        }
        else if (MediaKind(type) is { } kind)
        {
            message = new MediaMessageEvent { Kind = kind, Url = parts.Url };
        }
        else if (Is(type, "Location") || (type is null && parts.HasLocation))
        {
            message = new LocationMessageEvent { Latitude = parts.Latitude, Longitude = parts.Longitude, Name = parts.LocationName, Address = parts.LocationAddress };
        }
        else if (type is null && parts.IsInteractive)
        {
            message = BuildInteractive(ref parts, body);
        }
        else
        {
            message = UnknownContent(ref parts, body);
        }

        return message.WithInboundEnvelope(ref parts);
    }

    private static InboundMessageEvent BuildInteractive(ref Parts parts, ReadOnlySpan<byte> body)
    {
        var type = parts.InteractiveType;
        if (Is(type, "nfmReply") || Is(type, "nfm_reply") || (type is null && parts.HasNfmReply))
        {
            if (parts.Submission is { } submission)
            {
                return new FlowSubmissionEvent { Submission = submission };
            }

            if (parts.UnrecognizedResponseJson is { } responseJson)
            {
                return new UnrecognizedFlowSubmissionEvent { ResponseJson = responseJson };
            }
        }
        else if (Is(type, "button_reply") || (type is null && parts.HasButtonReply))
        {
            return new ButtonReplyEvent { Id = parts.ButtonReply.Id, Title = parts.ButtonReply.Title };
        }
        else if (Is(type, "list_reply") || (type is null && parts.HasListReply))
        {
            return new ListReplyEvent { Id = parts.ListReply.Id, Title = parts.ListReply.Title, Description = parts.ListReply.Description };
        }

        return UnknownContent(ref parts, body);
    }

    private static UnknownMessageEvent UnknownContent(ref Parts parts, ReadOnlySpan<byte> body)
    {
        var content = default(JsonElement);
        if (parts.ContentStart >= 0)
        {
            var reader = new Utf8JsonReader(body.Slice(parts.ContentStart, parts.ContentEnd - parts.ContentStart));
            content = JsonElement.ParseValue(ref reader);
        }

        return new UnknownMessageEvent { Content = content, InteractiveType = parts.InteractiveType };
    }

    private static T WithMessageEnvelope<T>(this T message, ref Parts parts, string? contentType = null, string? recipientChannel = null)
        where T : ChatAppsMessageEvent
    {
        var timestamp = parts.PayloadTimestamp ?? parts.Timestamp ?? parts.StatusTimestamp;
        var shape = EventShape.Of(parts.EventType!, parts.Namespace, parts.Description, contentType, recipientChannel, timestamp.HasValue);
        message.SetEnvelope(shape, timestamp, parts.ExtensionData);
        message.SetMessage(parts.Umid, parts.SubAccountId, new ChatAppsUser(parts.Msisdn, parts.ChannelUserId, parts.UserName));
        return message;
    }

    private static T WithInboundEnvelope<T>(this T message, ref Parts parts)
        where T : InboundMessageEvent
    {
        message.WithMessageEnvelope(ref parts, parts.ContentType, parts.RecipientChannel).SetInbound(parts.ChannelId, parts.ReplyToUmid);
        return message;
    }

    private static T WithAccountEnvelope<T>(this T account, ref Parts parts)
        where T : ChatAppsAccountEvent
    {
        var timestamp = parts.Timestamp ?? parts.PayloadTimestamp;
        account.SetEnvelope(EventShape.Of(parts.EventType!, null, null, null, null, timestamp.HasValue), timestamp, parts.ExtensionData);
        account.SetAccount(parts.EventId, parts.Provider, parts.BusinessAccountId, parts.AccountId);
        return account;
    }

    private static ChatAppsMediaKind? MediaKind(string? type) =>
        Is(type, "Image") ? ChatAppsMediaKind.Image
        : Is(type, "Video") ? ChatAppsMediaKind.Video
        : Is(type, "Audio") ? ChatAppsMediaKind.Audio
        : Is(type, "Document") || Is(type, "File") ? ChatAppsMediaKind.Document
        : null;

    /// <summary>
    /// Case-insensitive: the reference writes <c>Text</c> where 8x8's API pages write <c>text</c>. A documented spelling
    /// is the very string of <see cref="Words"/> (the same literal), so the usual answer needs no comparison of text.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Is(string? value, string expected) =>
        ReferenceEquals(value, expected)
        || (value is not null && value.Length == expected.Length && string.Equals(value, expected, StringComparison.OrdinalIgnoreCase));

    // ---------------------------------------------------------------- values

    /// <summary>Longer than any known key: room to unescape a property name that has escapes.</summary>
    private const int MaxNameLength = 32;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool ExpectObject(ref Utf8JsonReader reader, string path, out FlowParseError? error)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            error = null;
            return true;
        }

        error = new FlowParseError(FlowParseErrorKind.UnexpectedType, path, $"Expected an object but found {FlowParseErrors.Describe(reader.TokenType)}.");
        return false;
    }

    /// <summary>The sub-account and channel ids read recently: the same on almost every webhook an application receives.</summary>
    private static readonly RecentValues SubAccountIds = new();
    private static readonly RecentValues ChannelIds = new();

    private static bool ReadInt32(ref Utf8JsonReader reader, string path, out int? value, out FlowParseError? error)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            error = null;
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            value = number;
            error = null;
            return true;
        }

        value = null;
        error = new FlowParseError(FlowParseErrorKind.UnexpectedType, path, $"Expected an integer but found {FlowParseErrors.Describe(reader.TokenType)}.");
        return false;
    }

    private static bool ReadCoordinate(ref Utf8JsonReader reader, string path, out double? value, out FlowParseError? error)
    {
        reader.Read();
        error = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                value = null;
                return true;
            case JsonTokenType.Number:
                value = reader.GetDouble();
                return true;
            case JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                value = parsed;
                return true;
            default:
                value = null;
                error = new FlowParseError(FlowParseErrorKind.UnexpectedType, path, $"Expected a number (or a numeric string) but found {FlowParseErrors.Describe(reader.TokenType)}.");
                return false;
        }
    }

    /// <summary>An ISO 8601 timestamp; text that is not one is kept in the extension data under the key path, not rejected.</summary>
    private static bool ReadTimestamp(ref Utf8JsonReader reader, Key key, ref Parts parts, out DateTimeOffset? value, out FlowParseError? error)
    {
        reader.Read();
        error = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                value = null;
                return true;
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var timestamp))
                {
                    value = timestamp;
                    return true;
                }

                value = null;
                return AddExtension(ref parts, key.ExtensionPath, JsonElement.ParseValue(ref reader), out error);
            default:
                value = null;
                error = new FlowParseError(FlowParseErrorKind.UnexpectedType, key.Path, $"Expected an ISO 8601 timestamp string but found {FlowParseErrors.Describe(reader.TokenType)}.");
                return false;
        }
    }

    /// <summary>
    /// Keeps the value of a key the model does not declare, under its path (<c>payload.content.caption</c>); an object or
    /// array value is checked for duplicate keys first, as everything else in the body is.
    /// </summary>
    private static bool KeepUnknown(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, string parentPath, ref Parts parts, out FlowParseError? error)
    {
        var name = reader.GetString()!;
        var key = parentPath.Length == 0 ? name : parentPath + "." + name;
        reader.Read();
        var start = (int)reader.TokenStartIndex;
        var composite = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        var value = JsonElement.ParseValue(ref reader);
        if (composite && DuplicateKeyScanner.FindDuplicate(body.Slice(start, (int)reader.BytesConsumed - start), parts.Options.MaxDepth, "$." + key) is { } duplicatePath)
        {
            error = new FlowParseError(FlowParseErrorKind.DuplicateKey, duplicatePath, "A key occurs more than once in one object; duplicate keys are rejected.");
            return false;
        }

        return AddExtension(ref parts, key, value, out error);
    }

    private static bool AddExtension(ref Parts parts, string key, JsonElement value, out FlowParseError? error)
    {
        var extension = parts.Extension ??= new ExtensionDataDictionary();
        if (extension.ContainsKey(key))
        {
            error = new FlowParseError(FlowParseErrorKind.DuplicateKey, "$." + key, $"The key '{key}' occurs more than once; duplicate keys are rejected.");
            return false;
        }

        if (extension.Count >= parts.Options.MaxExtensionDataKeys)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$." + key, $"The body has more than {parts.Options.MaxExtensionDataKeys} keys FlowTypes does not know (FlowParseOptions.MaxExtensionDataKeys).");
            return false;
        }

        extension.Add(key, value);
        error = null;
        return true;
    }

    private static FlowParseError ResponseJsonTooLong(FlowParseOptions options) =>
        new(FlowParseErrorKind.LimitExceeded, ResponseJsonPath, $"The flow response is longer than {options.MaxResponseJsonBytes} bytes (FlowParseOptions.MaxResponseJsonBytes).");

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
#if NET6_0_OR_GREATER
        return Encoding.UTF8.GetString(bytes);
#else
        return Encoding.UTF8.GetString(bytes.ToArray());
#endif
    }

    /// <summary>A reply's three fields (button and list replies).</summary>
    private struct Reply
    {
        public string? Id;
        public string? Title;
        public string? Description;
    }

    /// <summary>What the pass has seen so far; the event is built from it at the end.</summary>
    private struct Parts
    {
        public FlowReader<IFlowSubmission>? Flows;
        public FlowParseOptions Options;
        public ExtensionDataDictionary? Extension;

        public string? Namespace;
        public string? EventType;
        public string? Description;
        public string? EventId;
        public DateTimeOffset? Timestamp;
        public string? Provider;
        public string? BusinessAccountId;
        public string? AccountId;

        public string? Umid;
        public string? SubAccountId;
        public DateTimeOffset? PayloadTimestamp;
        public string? Msisdn;
        public string? ChannelUserId;
        public string? UserName;
        public string? RecipientChannel;
        public string? ChannelId;
        public string? ContentType;
        public string? ReplyToUmid;
        public string? Channel;

        public int ContentStart;
        public int ContentEnd;
        public string? Text;
        public string? Url;
        public string? InteractiveType;
        public bool HasButtonReply;
        public bool HasListReply;
        public Reply ButtonReply;
        public Reply ListReply;
        public bool HasNfmReply;
        public IFlowSubmission? Submission;
        public string? UnrecognizedResponseJson;
        public bool HasLocation;
        public double? Latitude;
        public double? Longitude;
        public string? LocationName;
        public string? LocationAddress;

        public string? State;
        public string? Detail;
        public DateTimeOffset? StatusTimestamp;
        public int? ErrorCode;
        public string? ErrorMessage;

        public string? TemplateId;
        public string? TemplateName;
        public string? TemplateLanguage;
        public string? DisplayPhoneNumber;
        public string? MetaStatus;
        public string? MetaReason;
        public string? PreviousQualityScore;
        public string? NewQualityScore;
        public string? MetaEvent;
        public string? CurrentLimit;
        public string? OldLimit;

        public readonly bool IsInteractive => InteractiveType is not null || HasButtonReply || HasListReply || HasNfmReply;

        public readonly System.Collections.Generic.IReadOnlyDictionary<string, JsonElement> ExtensionData =>
            Extension ?? FlowExtensionData.EmptyExtensionData;
    }
}
