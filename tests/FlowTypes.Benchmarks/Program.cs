using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*'             full run
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*' --job short --iterationTime 100   smoke run (3 min)
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --timing                 GeneratorDriver.GetTimingInfo
if (args is ["--timing"])
{
    FlowTypes.Benchmarks.DriverTiming.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
