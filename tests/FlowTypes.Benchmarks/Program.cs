using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*'             full run
// dotnet run -c Release --project tests/FlowTypes.Benchmarks -- --filter '*' --job short  smoke run (< 5 min)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
