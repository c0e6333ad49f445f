using System;
using System.Text;

namespace FlowTypes.Webhooks;

/// <summary>The keys the parser knows, object by object, as the 8x8 webhook reference documents them.</summary>
internal static partial class ChatAppsEventParser
{
    /// <summary>Every known value of the body; <see cref="ReadValue"/> says where each one goes.</summary>
    private enum Field : byte
    {
        Namespace, EventType, Description, Payload, EventId, Timestamp, Provider, BusinessAccountId, AccountId, EventDetails,
        Umid, SubAccountId, PayloadTimestamp, User, Recipient, ContentType, Content, ReplyToUmid, Channel, Status,
        Msisdn, ChannelUserId, UserName,
        RecipientChannel, ChannelId,
        Text, Url, Interactive, Location,
        InteractiveType, ButtonReply, ListReply, NfmReply,
        ButtonId, ButtonTitle, ButtonDescription,
        ListId, ListTitle, ListDescription,
        ResponseJson,
        Latitude, Longitude, LocationName, LocationAddress,
        State, Detail, StatusTimestamp, ErrorCode, ErrorMessage,
        TemplateId, TemplateName, TemplateLanguage, DisplayPhoneNumber, Meta,
        MetaStatus, MetaReason, PreviousQualityScore, NewQualityScore, MetaEvent, CurrentLimit, OldLimit,
    }

    /// <summary>A known key: its name, where its value goes, its JSON path for errors, and the table of its members when it holds an object.</summary>
    private sealed class Key
    {
        public Key(string name, Field field, string parentExtensionPath, Level? members)
        {
            Name = name;
            Utf8 = Encoding.UTF8.GetBytes(name);
            Field = field;
            ExtensionPath = parentExtensionPath.Length == 0 ? name : parentExtensionPath + "." + name;
            Path = "$." + ExtensionPath;
            Members = members;
            IsString = IsStringField(field, members);
            Words = IsString ? WordsOf(field) : null;
            Recent = IsString ? RecentOf(field) : null;
        }

        /// <summary>Whether the value is a string (or null), read by <see cref="ReadObject"/> into <see cref="StringSlot"/>.</summary>
        public bool IsString { get; }

        /// <summary>The documented words a string value is returned as when it is one of them.</summary>
        public Word[]? Words { get; }

        /// <summary>The recent values a string value is returned as when it is one of them.</summary>
        public RecentValues? Recent { get; }

        public string Name { get; }

        public byte[] Utf8 { get; }

        public Field Field { get; }

        /// <summary>The path without <c>$.</c>: the extension-data key of a value kept raw (a timestamp that is not ISO 8601).</summary>
        public string ExtensionPath { get; }

        public string Path { get; }

        public Level? Members { get; }
    }

    /// <summary>The known keys of one object of the body (at most 32: one bit each for the duplicate check).</summary>
    private sealed class Level
    {
        private Level(string extensionPath, Func<string, Key[]> keys)
        {
            ExtensionPath = extensionPath;
            Keys = keys(extensionPath);
        }

        // Leaves first: a static initializer runs in textual order and a level needs its members' tables.
        private static Level Meta { get; } = new("eventDetails.meta", p => new[]
        {
            new Key("status", Field.MetaStatus, p, null),
            new Key("reason", Field.MetaReason, p, null),
            new Key("previousQualityScore", Field.PreviousQualityScore, p, null),
            new Key("newQualityScore", Field.NewQualityScore, p, null),
            new Key("event", Field.MetaEvent, p, null),
            new Key("currentLimit", Field.CurrentLimit, p, null),
            new Key("oldLimit", Field.OldLimit, p, null),
        });

        private static Level EventDetails { get; } = new("eventDetails", p => new[]
        {
            new Key("templateId", Field.TemplateId, p, null),
            new Key("templateName", Field.TemplateName, p, null),
            new Key("templateLanguage", Field.TemplateLanguage, p, null),
            new Key("displayPhoneNumber", Field.DisplayPhoneNumber, p, null),
            new Key("meta", Field.Meta, p, Meta),
        });

        private static Level Status { get; } = new("payload.status", p => new[]
        {
            new Key("state", Field.State, p, null),
            new Key("detail", Field.Detail, p, null),
            new Key("timestamp", Field.StatusTimestamp, p, null),
            new Key("errorCode", Field.ErrorCode, p, null),
            new Key("errorMessage", Field.ErrorMessage, p, null),
        });

        private static Level Location { get; } = new("payload.content.location", p => new[]
        {
            new Key("latitude", Field.Latitude, p, null),
            new Key("longitude", Field.Longitude, p, null),
            new Key("name", Field.LocationName, p, null),
            new Key("address", Field.LocationAddress, p, null),
        });

        private static Level NfmReply { get; } = new("payload.content.interactive.nfmReply", p => new[]
        {
            new Key("responseJson", Field.ResponseJson, p, null),
        });

        private static Level ListReply { get; } = new("payload.content.interactive.list_reply", p => new[]
        {
            new Key("id", Field.ListId, p, null),
            new Key("title", Field.ListTitle, p, null),
            new Key("description", Field.ListDescription, p, null),
        });

        private static Level ButtonReply { get; } = new("payload.content.interactive.button_reply", p => new[]
        {
            new Key("id", Field.ButtonId, p, null),
            new Key("title", Field.ButtonTitle, p, null),
            new Key("description", Field.ButtonDescription, p, null),
        });

        private static Level Interactive { get; } = new("payload.content.interactive", p => new[]
        {
            new Key("type", Field.InteractiveType, p, null),
            new Key("nfmReply", Field.NfmReply, p, NfmReply),
            new Key("button_reply", Field.ButtonReply, p, ButtonReply),
            new Key("list_reply", Field.ListReply, p, ListReply),
        });

        private static Level Content { get; } = new("payload.content", p => new[]
        {
            new Key("text", Field.Text, p, null),
            new Key("url", Field.Url, p, null),
            new Key("interactive", Field.Interactive, p, Interactive),
            new Key("location", Field.Location, p, Location),
        });

        private static Level Recipient { get; } = new("payload.recipient", p => new[]
        {
            new Key("channel", Field.RecipientChannel, p, null),
            new Key("channelId", Field.ChannelId, p, null),
        });

        private static Level User { get; } = new("payload.user", p => new[]
        {
            new Key("msisdn", Field.Msisdn, p, null),
            new Key("channelUserId", Field.ChannelUserId, p, null),
            new Key("name", Field.UserName, p, null),
        });

        private static Level Payload { get; } = new("payload", p => new[]
        {
            new Key("umid", Field.Umid, p, null),
            new Key("subAccountId", Field.SubAccountId, p, null),
            new Key("timestamp", Field.PayloadTimestamp, p, null),
            new Key("user", Field.User, p, User),
            new Key("recipient", Field.Recipient, p, Recipient),
            new Key("type", Field.ContentType, p, null),
            new Key("content", Field.Content, p, Content),
            new Key("replyToUmid", Field.ReplyToUmid, p, null),
            new Key("channel", Field.Channel, p, null),
            new Key("status", Field.Status, p, Status),
        });

        public static Level Envelope { get; } = new(string.Empty, p => new[]
        {
            new Key("namespace", Field.Namespace, p, null),
            new Key("eventType", Field.EventType, p, null),
            new Key("description", Field.Description, p, null),
            new Key("payload", Field.Payload, p, Payload),
            new Key("eventId", Field.EventId, p, null),
            new Key("timestamp", Field.Timestamp, p, null),
            new Key("provider", Field.Provider, p, null),
            new Key("businessAccountId", Field.BusinessAccountId, p, null),
            new Key("accountId", Field.AccountId, p, null),
            new Key("eventDetails", Field.EventDetails, p, EventDetails),
        });

        /// <summary>The extension-data path of this object's unknown keys (empty at the root).</summary>
        public string ExtensionPath { get; }

        public Key[] Keys { get; }

        /// <summary>
        /// The index of the known key with this (unescaped UTF-8) name, or -1. <paramref name="expected"/> is tried first:
        /// 8x8 writes the keys in the documented order, so one comparison usually finds the key.
        /// </summary>
        public int IndexOf(ReadOnlySpan<byte> name, int expected)
        {
            var keys = Keys;
            if ((uint)expected < (uint)keys.Length && name.SequenceEqual(keys[expected].Utf8))
            {
                return expected;
            }

            for (var i = 0; i < keys.Length; i++)
            {
                var key = keys[i].Utf8;
                if (key.Length == name.Length && name.SequenceEqual(key))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
