using System.Diagnostics;
using System.Globalization;

namespace FlowTypes.Benchmarks;

/// <summary>
/// <c>--paired N</c>: the rows of <see cref="WebhookEventBenchmarks"/> timed against the baseline inside one process,
/// in N rounds. A round times a batch of each contender back to back (the order rotates each round) and divides each
/// by the baseline's batch of the same round, so a change of the host's speed over minutes lands on both sides of a
/// ratio instead of on a whole row, as it does when BenchmarkDotNet measures one benchmark after another. Prints the
/// median time per call and the median and quartiles of the per-round ratios. A complement to BenchmarkDotNet (which
/// gives the allocations and the statistics of one row), not a replacement.
/// </summary>
internal static class PairedTiming
{
    private const int CallsPerBatch = 2_000;

    public static void Print(TextWriter output, int rounds, string? otherBuild = null)
    {
        var benchmarks = new WebhookEventBenchmarks();
        benchmarks.Setup();
        var contenders = new List<(string Name, Func<object> Call)>
        {
            ("typed submission only (baseline)", benchmarks.TypedOnly),
            ("one door: FlowRouter.Events.Parse", benchmarks.OneDoor),
            ("System.Text.Json source generation", benchmarks.SourceGenerated),
            ("part: the router alone", benchmarks.RouterOnly),
            ("part: the envelope alone", benchmarks.EnvelopeOnly),
        };
        if (otherBuild is not null)
        {
            // Before/after in one run: the same rows from another build of this project (e.g. main's), loaded beside
            // this one in a load context of its own, so both FlowTypes.dll versions are timed in the same rounds.
            var other = OtherBuild.Load(otherBuild);
            contenders.Add(("other build: typed submission only", other("TypedOnly")));
            contenders.Add(("other build: one door", other("OneDoor")));
            contenders.Add(("other build: the router alone", other("RouterOnly")));
            contenders.Add(("other build: the envelope alone", other("EnvelopeOnly")));
        }

        // Warm-up: every path through tiered compilation to its final code.
        for (var i = 0; i < 50; i++)
        {
            foreach (var contender in contenders)
            {
                Batch(contender.Call);
            }
        }

        var nanoseconds = new double[contenders.Count][];
        var ratios = new double[contenders.Count][];
        for (var c = 0; c < contenders.Count; c++)
        {
            nanoseconds[c] = new double[rounds];
            ratios[c] = new double[rounds];
        }

        var times = new double[contenders.Count];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Count; k++)
            {
                var c = (k + round) % contenders.Count;
                times[c] = Batch(contenders[c].Call);
            }

            for (var c = 0; c < contenders.Count; c++)
            {
                nanoseconds[c][round] = times[c];
                ratios[c][round] = times[c] / times[0];
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds of {CallsPerBatch} calls per contender, order rotating; ratio = contender / baseline within a round"));
        output.WriteLine("| path | median ns/call | median ratio | ratio quartiles |");
        output.WriteLine("|---|---:|---:|---:|");
        for (var c = 0; c < contenders.Count; c++)
        {
            Array.Sort(nanoseconds[c]);
            Array.Sort(ratios[c]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contenders[c].Name} | {Quantile(nanoseconds[c], 0.5):N0} | {Quantile(ratios[c], 0.5):F3} | {Quantile(ratios[c], 0.25):F3}–{Quantile(ratios[c], 0.75):F3} |"));
        }
    }

    /// <summary>Loads another build's benchmark assembly (with its own FlowTypes.dll) and binds its benchmark methods.</summary>
    private sealed class OtherBuild : System.Runtime.Loader.AssemblyLoadContext
    {
        private readonly System.Runtime.Loader.AssemblyDependencyResolver _resolver;

        private OtherBuild(string path)
            : base("other build")
        {
            _resolver = new System.Runtime.Loader.AssemblyDependencyResolver(path);
        }

        public static Func<string, Func<object>> Load(string path)
        {
            path = Path.GetFullPath(path);
            var context = new OtherBuild(path);
            var assembly = context.LoadFromAssemblyPath(path);
            var type = assembly.GetType(typeof(WebhookEventBenchmarks).FullName!, throwOnError: true)!;
            var instance = Activator.CreateInstance(type)!;
            type.GetMethod(nameof(WebhookEventBenchmarks.Setup))!.Invoke(instance, null);
            return name => type.GetMethod(name)!.CreateDelegate<Func<object>>(instance);
        }

        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } file ? LoadFromAssemblyPath(file) : null;
    }

    private static double Batch(Func<object> call)
    {
        object? last = null;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < CallsPerBatch; i++)
        {
            last = call();
        }

        var elapsed = Stopwatch.GetTimestamp() - start;
        GC.KeepAlive(last);
        return elapsed * (1e9 / Stopwatch.Frequency) / CallsPerBatch;
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
}
