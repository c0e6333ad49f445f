using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FlowTypes.Generators.Flows;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// The flows of a compilation that declare their Meta/8x8 flow id (<c>FlowId</c> metadata on the AdditionalFiles item),
/// with the ids of their screens. Used to check flow ids and <c>flowActionData</c> screens in send code.
/// </summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<string, FlowEntry> _byId = new(StringComparer.Ordinal);

    public bool IsEmpty => _byId.Count == 0;

    public IEnumerable<string> Ids => _byId.Keys;

    public static FlowIndex Read(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var index = new FlowIndex();
        foreach (var file in files)
        {
            if (!FlowFiles.IsFlowFile(file) || FlowFiles.GetMetadata(options.GetOptions(file), "FlowId") is not { } id || index._byId.ContainsKey(id))
            {
                continue;
            }

            // The parse is shared with the generator and the flow analyzer (one per SourceText).
            var screens = ImmutableArray.CreateBuilder<string>();
            if (file.GetText(cancellationToken) is { } text && FlowFile.Read(text, cancellationToken).Document is { } document)
            {
                foreach (var screen in document.Screens)
                {
                    if (screen.Id is { } screenId)
                    {
                        screens.Add(screenId);
                    }
                }
            }

            index._byId[id] = new FlowEntry(System.IO.Path.GetFileName(file.Path), screens.ToImmutable());
        }

        return index;
    }

    public bool TryGet(string id, out FlowEntry entry) => _byId.TryGetValue(id, out entry!);

    internal sealed class FlowEntry
    {
        public FlowEntry(string fileName, ImmutableArray<string> screens)
        {
            FileName = fileName;
            Screens = screens;
        }

        public string FileName { get; }

        public ImmutableArray<string> Screens { get; }
    }
}
