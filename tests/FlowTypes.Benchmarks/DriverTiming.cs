using System.Globalization;
using FlowTypes.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The driver's own account of the generator's time (<see cref="GeneratorDriver.GetTimingInfo"/>), cold and after an
/// unrelated C# edit, over the same inputs as <see cref="GeneratorBenchmarks"/>. The median of a few runs per size
/// after a warm-up: a cross-check of the benchmark's trend, not a replacement for it.
/// </summary>
internal static class DriverTiming
{
    public static void Print(TextWriter output)
    {
        var compilation = CompilerInputs.Compilation(new[] { "namespace Consumer { class A { } }" });
        var edited = compilation.AddSyntaxTrees(CompilerInputs.Parse("namespace Consumer { class B { } }"));
        // Warm-up: the runtime first runs every method unoptimized and re-JITs the hot ones optimized (tier 1) in the
        // background; Roslyn has many methods, so that takes seconds. An IDE or build server process is long past it.
        var warmUp = GeneratorBenchmarks.CreateDriver(CompilerInputs.FlowFiles(10)).RunGenerators(compilation);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            GeneratorBenchmarks.CreateDriver(CompilerInputs.FlowFiles(1)).RunGenerators(compilation);
            warmUp.RunGenerators(edited);
        }

        output.WriteLine("| Flows | cold: driver elapsed | FlowTypesGenerator | warm re-run: driver elapsed | FlowTypesGenerator |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var flows in new[] { 1, 10, 100, 1000 })
        {
            var (cold, warm) = Run(compilation, edited, flows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {flows:N0} | {Ms(cold.ElapsedTime)} | {Ms(Generator(cold))} | {Ms(warm.ElapsedTime)} | {Ms(Generator(warm))} |"));
        }
    }

    private static (GeneratorDriverTimingInfo Cold, GeneratorDriverTimingInfo Warm) Run(Compilation compilation, Compilation edited, int flows)
    {
        GC.Collect(); // nothing from the previous size is left to collect during this one
        GeneratorDriver? warm = null;
        var colds = new List<GeneratorDriverTimingInfo>();
        for (var i = 0; i < 3; i++)
        {
            var driver = GeneratorBenchmarks.CreateDriver(CompilerInputs.FlowFiles(flows)).RunGenerators(compilation);
            colds.Add(driver.GetTimingInfo());
            warm ??= driver;
        }

        // Each warm run starts from the same cached state, as every keystroke after the first would.
        var warms = new List<GeneratorDriverTimingInfo>();
        for (var i = 0; i < 101; i++)
        {
            warms.Add(warm!.RunGenerators(edited).GetTimingInfo());
        }

        return (Median(colds), Median(warms));
    }

    private static GeneratorDriverTimingInfo Median(IEnumerable<GeneratorDriverTimingInfo> timings)
    {
        var sorted = timings.OrderBy(t => t.ElapsedTime).ToList();
        return sorted[sorted.Count / 2];
    }

    private static TimeSpan Generator(GeneratorDriverTimingInfo timing) =>
        timing.GeneratorTimes.Single(g => g.Generator.GetGeneratorType() == typeof(FlowTypesGenerator)).ElapsedTime;

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
