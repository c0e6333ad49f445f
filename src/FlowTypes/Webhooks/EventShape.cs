using System.Threading;

namespace FlowTypes.Webhooks;

/// <summary>
/// What events of one kind share: the envelope's documented words (event type, namespace, description, content type,
/// recipient channel) and whether the event has a timestamp. <see cref="ChatAppsEvent"/> holds one reference to a
/// shape instead of five strings and a <see cref="System.Nullable{T}"/> timestamp, and the parser hands out the same
/// shape for events of the same kind (<see cref="Of"/>), so a parsed event is 40 bytes smaller. A record, so an
/// event's synthesized value equality, hash code and <c>with</c> work through it as they did through separate fields;
/// immutable, so an event's <c>init</c> accessor replaces the shape with a changed copy instead of changing one that
/// other events share.
/// </summary>
internal sealed record EventShape(string EventType, string? Namespace, string? Description, string? ContentType, string? RecipientChannel, bool HasTimestamp)
{
    /// <summary>The shape of an event made with <c>new</c>: no words, no timestamp.</summary>
    public static EventShape Empty { get; } = new(string.Empty, null, null, null, null, false);

    private static readonly EventShape?[] Recent = new EventShape?[8];
    private static EventShape? _last;
    private static int _next;

    /// <summary>
    /// The shape with these values: one read recently when every string is the same reference (the words come from
    /// <see cref="Words"/>' constants), otherwise a new one, kept for next time when all its strings are such constants.
    /// Entries are immutable and swapped whole, so concurrent readers need no lock.
    /// </summary>
    public static EventShape Of(string eventType, string? @namespace, string? description, string? contentType, string? recipientChannel, bool hasTimestamp)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Is(eventType, @namespace, description, contentType, recipientChannel, hasTimestamp))
        {
            return last;
        }

        foreach (var recent in Recent)
        {
            if (recent is not null && recent.Is(eventType, @namespace, description, contentType, recipientChannel, hasTimestamp))
            {
                Volatile.Write(ref _last, recent);
                return recent;
            }
        }

        var shape = new EventShape(eventType, @namespace, description, contentType, recipientChannel, hasTimestamp);
        if (Words.IsWord(Words.EventTypes, eventType) && Words.IsWordOrNull(Words.Namespaces, @namespace)
            && Words.IsWordOrNull(Words.Descriptions, description) && Words.IsWordOrNull(Words.ContentTypes, contentType)
            && Words.IsWordOrNull(Words.Channels, recipientChannel))
        {
            Volatile.Write(ref Recent[(Interlocked.Increment(ref _next) & int.MaxValue) % Recent.Length], shape);
            Volatile.Write(ref _last, shape);
        }

        return shape;
    }

    private bool Is(string eventType, string? @namespace, string? description, string? contentType, string? recipientChannel, bool hasTimestamp) =>
        ReferenceEquals(EventType, eventType) && ReferenceEquals(Namespace, @namespace) && ReferenceEquals(Description, description)
        && ReferenceEquals(ContentType, contentType) && ReferenceEquals(RecipientChannel, recipientChannel) && HasTimestamp == hasTimestamp;
}
