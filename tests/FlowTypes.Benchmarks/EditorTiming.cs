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
        output.WriteLine("| Flows | FlowTypes generated | anchor: records + STJ generated | anchor: records | anchor with endpoint records: records + STJ generated | anchor with endpoint records: records |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var flows in sizes)
        {
            var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
            benchmark.Setup();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {flows:N0} | {benchmark.GeneratedLines:N0} | {benchmark.AnchorLines:N0} | {benchmark.AnchorRecordLines:N0} | {benchmark.AnchorWithEndpointsLines:N0} | {benchmark.AnchorWithEndpointsRecordLines:N0} |"));
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

    /// <summary>
    /// Writes FlowTypes' generated sources of the <see cref="EditorLatencyBenchmarks"/> set-up at each size to
    /// <c>{directory}/{flows}/</c> (<c>--dump DIR [flows...]</c>), so a later build can be measured against them in one
    /// process (<see cref="Compare"/>).
    /// </summary>
    public static void Dump(TextWriter output, string directory, IEnumerable<int> sizes)
    {
        foreach (var flows in sizes)
        {
            var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
            benchmark.Setup();
            var target = Path.Combine(directory, flows.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(target);
            var count = 0;
            foreach (var tree in benchmark.FlowTypesCompilation.SyntaxTrees.Where(t => t != benchmark.ProgramTree))
            {
                File.WriteAllText(Path.Combine(target, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
                count++;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flows} flows: {count} files, {benchmark.GeneratedLines:N0} lines -> {target}"));
        }
    }

    /// <summary>
    /// The compiler's cost of a keystroke for three projects with the same flows, measured interleaved in one process
    /// (<c>--compare DIR[,DIR...] [flows...]</c>): FlowTypes' generated sources of this build, the ones saved by <see cref="Dump"/>
    /// from other builds (read from <c>{directory}/{flows}/</c> of each comma-separated directory; they must compile against this build's runtime), and
    /// the hand-written anchor, without and with the endpoint records. Each round edits every project once, in a rotating order; the project way is the
    /// compiler's <c>GetDiagnostics</c> of the whole compilation (what csharp-ls pays, less the analyzer driver), the
    /// document way the edited document's semantic diagnostics. Besides CPU time, the bytes the project way allocates
    /// (all threads): nearly the same from round to round, so it tells apart changes smaller than the timing noise.
    /// </summary>
    public static void Compare(TextWriter output, string directory, IEnumerable<int> sizes, int rounds = 9)
    {
        output.WriteLine("Medians of interleaved rounds; wall / CPU time of this process; ratios are CPU medians against the anchor's (submission records only / with endpoint records).");
        output.WriteLine("| Flows | contender | lines | project: wall / CPU | project CPU vs anchor | project CPU vs anchor with endpoints | project: allocated | document: wall / CPU |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var flows in sizes)
        {
            var benchmark = new EditorDocumentLatencyBenchmarks { Flows = flows };
            benchmark.Setup();
            var program = benchmark.ProgramTree;
            var contenders = new List<(string Name, Microsoft.CodeAnalysis.Compilation Compilation)> { ("FlowTypes, this build", benchmark.FlowTypesCompilation) };
            foreach (var saved in directory.Split(','))
            {
                var trees = Directory.GetFiles(Path.Combine(saved, flows.ToString(CultureInfo.InvariantCulture)), "*.cs")
                    .Order(StringComparer.Ordinal)
                    .Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(f), CompilerInputs.ParseOptions, path: "/saved/" + Path.GetFileName(f)));
                var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer", trees.Prepend(program), benchmark.FlowTypesCompilation.References, benchmark.FlowTypesCompilation.Options);
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).ToList();
                if (errors.Count != 0)
                {
                    throw new InvalidOperationException($"The sources saved in {saved} do not compile against this build: " + string.Join("; ", errors));
                }

                contenders.Add(("FlowTypes, saved in " + Path.GetFileName(saved.TrimEnd('/')), compilation));
            }

            contenders.Add(("anchor with endpoint records", benchmark.AnchorWithEndpointsCompilation));
            contenders.Add(("anchor", benchmark.AnchorCompilation));
            var project = contenders.Select(_ => (Wall: new List<double>(), Cpu: new List<double>(), Bytes: new List<double>())).ToArray();
            var document = contenders.Select(_ => (Wall: new List<double>(), Cpu: new List<double>(), Bytes: new List<double>())).ToArray();
            var process = Process.GetCurrentProcess();
            for (var round = -1; round < rounds; round++)
            {
                for (var k = 0; k < contenders.Count; k++)
                {
                    var c = (k + Math.Max(round, 0)) % contenders.Count;
                    var edit = benchmark.Edits[(round + 1) % benchmark.Edits.Count];
                    var previous = contenders[c].Compilation.SyntaxTrees.First(t => t.FilePath == program.FilePath);
                    Measure(() => contenders[c].Compilation.ReplaceSyntaxTree(previous, edit).GetDiagnostics().Length, round >= 0 ? project[c] : default);
                    Measure(() => contenders[c].Compilation.ReplaceSyntaxTree(previous, edit).GetSemanticModel(edit).GetDiagnostics().Length, round >= 0 ? document[c] : default);
                }
            }

            var anchorCpu = MedianOf(project[^1].Cpu);
            var endpointAnchorCpu = MedianOf(project[^2].Cpu);
            for (var c = 0; c < contenders.Count; c++)
            {
                var lines = contenders[c].Compilation.SyntaxTrees.Where(t => t.FilePath != program.FilePath).Sum(t => t.GetText().Lines.Count);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {flows:N0} | {contenders[c].Name} | {lines:N0} | {MedianOf(project[c].Wall):F0} / {MedianOf(project[c].Cpu):F0} ms | {MedianOf(project[c].Cpu) / anchorCpu:F2} | {MedianOf(project[c].Cpu) / endpointAnchorCpu:F2} | {MedianOf(project[c].Bytes) / 1e6:F1} MB | {MedianOf(document[c].Wall):F1} / {MedianOf(document[c].Cpu):F1} ms |"));
            }

            void Measure(Func<int> run, (List<double> Wall, List<double> Cpu, List<double> Bytes) into)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                run();
                var wall = clock.Elapsed.TotalMilliseconds;
                var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
                process.Refresh();
                into.Wall?.Add(wall);
                into.Cpu?.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                into.Bytes?.Add(bytes);
            }
        }
    }

    private static double MedianOf(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
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
