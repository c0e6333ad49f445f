using System;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Webhooks;

/// <summary>A documented value of a webhook field, as UTF-8 to compare and as the string to return.</summary>
internal sealed class Word
{
    public Word(string value)
    {
        Value = value;
        Utf8 = Encoding.UTF8.GetBytes(value);
    }

    public string Value { get; }

    public byte[] Utf8 { get; }
}

/// <summary>
/// The values the 8x8 webhook reference documents for fields that carry one of a few words. The parser returns these
/// strings instead of allocating a new one per event (a value not in the list is read as usual).
/// </summary>
internal static class Words
{
    public static readonly Word[] Namespaces = Of("ChatApps");

    public static readonly Word[] EventTypes = Of(
        ChatAppsEventTypes.InboundMessageReceived,
        ChatAppsEventTypes.OutboundMessageStatusChanged,
        ChatAppsEventTypes.TemplateStatusUpdate,
        ChatAppsEventTypes.TemplateQualityUpdate,
        ChatAppsEventTypes.PhoneNumberQualityUpdate);

    public static readonly Word[] Descriptions = Of("ChatApps inbound message", "ChatApps outbound message delivery receipt");

    public static readonly Word[] Providers = Of("WhatsApp");

    public static readonly Word[] ContentTypes = Of("Interactive", "Text", "Image", "Video", "Audio", "Document", "Location", "File", "interactive", "text");

    public static readonly Word[] Channels = Of("whatsapp", "whatsApp", "WhatsApp");

    public static readonly Word[] InteractiveTypes = Of("nfmReply", "button_reply", "list_reply");

    public static readonly Word[] States = Of(MessageStates.Delivered, MessageStates.Read, MessageStates.Sent, MessageStates.Undelivered);

    public static readonly Word[] Details = Of("delivered_to_recipient", "delivered_to_operator", "rejected_by_operator", "undelivered_to_recipient");

    public static readonly Word[] TemplateStatuses = Of("APPROVED", "REJECTED", "PENDING", "PAUSED", "DISABLED");

    public static readonly Word[] QualityScores = Of("GREEN", "YELLOW", "RED", "UNKNOWN");

    /// <summary>The current string token as one of <paramref name="words"/>, or a new string when it is none of them.</summary>
    public static string Intern(ref Utf8JsonReader reader, Word[] words)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // The common case compares the raw bytes; the reader would check the token and the escapes per word.
            var value = reader.ValueSpan;
            foreach (var word in words)
            {
                if (word.Utf8.Length == value.Length && value.SequenceEqual(word.Utf8))
                {
                    return word.Value;
                }
            }

            return reader.GetString()!;
        }

        foreach (var word in words)
        {
            if (reader.ValueTextEquals(word.Utf8))
            {
                return word.Value;
            }
        }

        return reader.GetString()!;
    }

    /// <summary>Whether <paramref name="value"/> is one of <paramref name="words"/>' strings itself (the same reference).</summary>
    public static bool IsWord(Word[] words, string value)
    {
        foreach (var word in words)
        {
            if (ReferenceEquals(word.Value, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Null, or one of <paramref name="words"/>' strings itself.</summary>
    public static bool IsWordOrNull(Word[] words, string? value) => value is null || IsWord(words, value);

    private static Word[] Of(params string[] values)
    {
        var words = new Word[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            words[i] = new Word(values[i]);
        }

        return words;
    }
}
