using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>Access to the corpus of real, public Flow JSON files copied into tests/TestData/corpus (see SOURCES.md there).</summary>
internal static class TestData
{
    public static string CorpusDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "corpus");

    public static string ReadCorpus(string fileName) => File.ReadAllText(Path.Combine(CorpusDirectory, fileName));

    /// <summary>Every Flow JSON file of the corpus that is meant to be valid (not *.invalid.json, not payload samples).</summary>
    public static IEnumerable<string> ValidFlowFiles() =>
        Directory.GetFiles(CorpusDirectory, "*.json")
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".invalid.json", StringComparison.Ordinal) && !name.EndsWith(".response.json", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)!;

    public static IEnumerable<object[]> ValidFlowFileData() => ValidFlowFiles().Select(name => new object[] { name });
}
