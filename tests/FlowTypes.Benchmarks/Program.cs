using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*'             full run
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*' --job short --iterationTime 100   smoke run (3 min)
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*ReaderBenchmarks*'   current generated reader vs the frozen 506423e reader (Legacy/)
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --timing                 GeneratorDriver.GetTimingInfo
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --editor 1 10 100        quick medians of EditorLatencyBenchmarks
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --lines 1 10 100         lines of generated code: FlowTypes vs the hand-written anchor
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --anchor-source 100         the hand-written anchor's records, with the endpoint records
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --dump DIR 1 100         save the generated sources of this build (for --compare)
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --compare DIR[,DIR] 1 100 [--rounds 9]   this build vs the saved sources vs the hand-written anchor, interleaved, compiler time per keystroke
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --check-endpoint         EndpointBenchmarks' set-up checks only, nothing measured
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --spin door 3000000      one WebhookEventBenchmarks row in a loop, for a profiler
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --paired 400 [--against other.dll]  WebhookEventBenchmarks' rows against the baseline, alternated in one process
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --anchor-of-flows OUT.cs FLOWS_DIR [--endpoints]   the hand-written anchor of a folder's flows, for build/ide-anchor
if (args is ["--anchor-of-flows", _, _, ..])
{
    FlowTypes.Benchmarks.LanguageServerAnchor.Write(Console.Out, args[1], args[2], endpoints: args is [_, _, _, "--endpoints"]);
    return;
}

if (args is ["--editor", ..])
{
    FlowTypes.Benchmarks.EditorTiming.Print(Console.Out, args.Skip(1).Select(int.Parse).DefaultIfEmpty(100));
    return;
}

if (args is ["--lines", ..])
{
    FlowTypes.Benchmarks.EditorTiming.PrintLines(Console.Out, args.Skip(1).Select(int.Parse).DefaultIfEmpty(100));
    return;
}

if (args is ["--bind", var bindFlows])
{
    FlowTypes.Benchmarks.EditorTiming.PrintBindTimes(Console.Out, int.Parse(bindFlows, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--anchor-source", var anchorFlows])
{
    // the hand-written anchor's records and context, with the endpoint records, as the anchor compiles them
    var benchmark = new FlowTypes.Benchmarks.EditorDocumentLatencyBenchmarks { Flows = int.Parse(anchorFlows, System.Globalization.CultureInfo.InvariantCulture) };
    benchmark.Setup();
    Console.Write(FlowTypes.Benchmarks.HandWrittenAnchor.Records(benchmark.FlowTypesCompilation, endpoints: true));
    return;
}

if (args is ["--dump", var dumpTo, ..])
{
    FlowTypes.Benchmarks.EditorTiming.Dump(Console.Out, dumpTo, args.Skip(2).Select(int.Parse).DefaultIfEmpty(100));
    return;
}

if (args is ["--compare", var savedIn, ..])
{
    var rest = args.Skip(2).ToList();
    var at = rest.IndexOf("--rounds");
    var compareRounds = at >= 0 ? int.Parse(rest[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 9;
    var sizes = rest.Where((_, i) => at < 0 || (i != at && i != at + 1)).Select(int.Parse).DefaultIfEmpty(100);
    FlowTypes.Benchmarks.EditorTiming.Compare(Console.Out, savedIn, sizes, compareRounds);
    return;
}

if (args is ["--check-endpoint"])
{
    foreach (var request in Enum.GetValues<FlowTypes.Benchmarks.EndpointBenchmarks.Request>())
    {
        new FlowTypes.Benchmarks.EndpointBenchmarks { Case = request }.Setup();
        Console.WriteLine($"EndpointBenchmarks {request}: both handlers and the round trips answer the vector.");
    }

    return;
}

if (args is ["--paired", var pairedRounds, ..])
{
    // --paired N [--against path/to/another/build/FlowTypes.Benchmarks.dll]: the other build's rows in the same rounds
    FlowTypes.Benchmarks.PairedTiming.Print(Console.Out, int.Parse(pairedRounds, System.Globalization.CultureInfo.InvariantCulture), args is [_, _, "--against", var other] ? other : null);
    return;
}

if (args is ["--spin", var which, var count])
{
    // One WebhookEventBenchmarks row in a loop and nothing else, for a sampling profiler, e.g.
    // DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 2000 dotnet ...FlowTypes.Benchmarks.dll --spin door 3000000
    var benchmarks = new FlowTypes.Benchmarks.WebhookEventBenchmarks();
    benchmarks.Setup();
    Func<object> row = which switch { "door" => benchmarks.OneDoor, "router" => benchmarks.RouterOnly, "typed" => benchmarks.TypedOnly, _ => throw new ArgumentException("door, router or typed", nameof(args)) };
    for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        row();
    }

    return;
}

if (args is ["--timing"])
{
    FlowTypes.Benchmarks.DriverTiming.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
