using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;
using FlowTypes.Generators.Flows.Endpoints.Validation;
using FlowTypes.Generators.Flows.Validation;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows;

/// <summary>
/// One flow file's text, read once: its JSON tree, its flow structure and (on first use) its validation findings.
/// Each distinct <see cref="SourceText"/> is parsed once per process and shared by the generator and every analyzer.
/// </summary>
internal sealed class FlowFile
{
    private static readonly ConditionalWeakTable<SourceText, FlowFile> Cache = new();

    private static int _parseCount;

    private static int _validationCount;

    private ImmutableArray<Finding> _findings;

    private FlowFile(JsonParseResult json, FlowDocument? document, long utf8Length)
    {
        Json = json;
        Document = document;
        Utf8Length = utf8Length;
    }

    /// <summary>How many times text was actually parsed in this process (cache misses); used by tests.</summary>
    public static int ParseCount => _parseCount;

    /// <summary>How many times a parsed flow was validated in this process (findings not yet cached); used by tests.</summary>
    public static int ValidationCount => _validationCount;

    public JsonParseResult Json { get; }

    /// <summary>The size of the text in UTF-8, as Meta measures the Flow JSON it receives.</summary>
    public long Utf8Length { get; }

    /// <summary>The flow structure, or null when the text is not JSON or its root is not an object.</summary>
    public FlowDocument? Document { get; }

    /// <summary>
    /// The validation findings of <see cref="Document"/> (FT1xxx), computed once per text like the parse: they depend
    /// on nothing else, so a re-analysis of an unchanged file (after a C# edit) does not validate it again.
    /// A cancelled validation caches nothing.
    /// </summary>
    public ImmutableArray<Finding> GetFindings(CancellationToken cancellationToken)
    {
        if (_findings.IsDefault)
        {
            // Two threads may both validate; both get the same findings and one array wins.
            Interlocked.Increment(ref _validationCount);
            ImmutableInterlocked.InterlockedInitialize(ref _findings, Document is null ? ImmutableArray<Finding>.Empty : FlowValidator.Validate(Document, Utf8Length, cancellationToken).AddRange(EndpointValidator.Validate(Document)));
        }

        return _findings;
    }

    /// <summary>
    /// The shared read of <paramref name="text"/>: parsed on the first request, cached while the text lives
    /// (a cancelled parse throws and caches nothing).
    /// </summary>
    public static FlowFile Read(SourceText text, CancellationToken cancellationToken = default) =>
        Cache.TryGetValue(text, out var file) ? file : Cache.GetValue(text, t => Parse(t.ToString(), cancellationToken));

    /// <summary>Parses <paramref name="text"/> without the cache.</summary>
    public static FlowFile Parse(string text, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _parseCount);
        var json = JsonReader.Parse(text, cancellationToken);
        var document = json.Root is JsonObject root ? FlowDocumentReader.ReadDocument(root, cancellationToken) : null;
        // A UTF-16 char is at most 3 UTF-8 bytes: shorter texts need no count to be under Meta's 10 MB cap.
        var utf8Length = (long)text.Length * 3 <= FlowRules.MaxFlowJsonBytes ? text.Length : Encoding.UTF8.GetByteCount(text);
        return new FlowFile(json, document, utf8Length);
    }
}
