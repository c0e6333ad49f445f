using System.Diagnostics;
using System.Globalization;

namespace FlowTypes.Benchmarks;

/// <summary>
/// A quick look at <see cref="EditorLatencyBenchmarks"/> without BenchmarkDotNet (<c>--editor [flows...]</c>): the
/// median of a few edits per contender after a warm-up. For exploring where time goes, not for the published figures.
/// </summary>
internal static class EditorTiming
{
    public static void Print(TextWriter output, IEnumerable<int> sizes)
    {
        output.WriteLine("Each cell: median wall time / median CPU time of this process.");
        output.WriteLine("| Flows | lines: FlowTypes / anchor (records) | document: compiler | document: + FlowTypes | document: anchor | project: compiler | project: + FlowTypes | project: anchor | project: no-op send actions | project: no-op file action |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var flows in sizes)
        {
            var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
            benchmark.Setup();
            var rounds = flows >= 1000 ? 3 : 7;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {flows:N0} | {benchmark.GeneratedLines:N0} / {benchmark.AnchorLines:N0} ({benchmark.AnchorRecordLines:N0}) | {Median(benchmark.DocumentCompilerOnly, rounds)} | {Median(benchmark.DocumentFlowTypes, rounds)} | {Median(benchmark.DocumentHandWritten, rounds)} | {Median(benchmark.ProjectCompilerOnly, rounds)} | {Median(benchmark.ProjectFlowTypes, rounds)} | {Median(benchmark.ProjectHandWritten, rounds)} | {Median(benchmark.ProjectNoOpOperations, rounds)} | {Median(benchmark.ProjectNoOpFiles, rounds)} |"));
        }
    }

    /// <summary>
    /// Lines of C# besides the edited file, FlowTypes' generated sources against the hand-written anchor's records and
    /// STJ sources (<c>--lines [flows...]</c>): the set-up of <see cref="EditorLatencyBenchmarks"/> only, no timing.
    /// </summary>
    public static void PrintLines(TextWriter output, IEnumerable<int> sizes)
    {
        output.WriteLine("| Flows | FlowTypes generated | anchor: records + STJ generated | anchor: records |");
        output.WriteLine("|---|---|---|---|");
        foreach (var flows in sizes)
        {
            var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
            benchmark.Setup();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {flows:N0} | {benchmark.GeneratedLines:N0} | {benchmark.AnchorLines:N0} | {benchmark.AnchorRecordLines:N0} |"));
        }
    }

    /// <summary>The generated files whose compiler diagnostics take longest (<c>--bind N</c>).</summary>
    public static void PrintBindTimes(TextWriter output, int flows)
    {
        var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
        benchmark.Setup();
        benchmark.BindTimes().ToList(); // warm-up
        var times = benchmark.BindTimes().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times.Count} trees, {times.Sum(t => t.Lines):N0} lines, {times.Sum(t => t.Milliseconds):F0} ms"));
        foreach (var group in times.GroupBy(t => t.File.Split('.') is var parts && parts.Length >= 3 ? parts[^3] : t.File))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  kind {group.Key}: {group.Count()} files, {group.Sum(t => t.Lines):N0} lines, {group.Sum(t => t.Milliseconds):F0} ms"));
        }

        foreach (var (file, lines, ms) in times.OrderByDescending(t => t.Milliseconds).Take(12))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file}: {lines} lines, {ms:F1} ms"));
        }
    }

    private static string Median(Func<int> run, int rounds)
    {
        run(); // warm-up
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F0} / {cpu[cpu.Count / 2]:F0} ms");
    }
}
