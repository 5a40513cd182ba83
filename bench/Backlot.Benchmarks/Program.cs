using BenchmarkDotNet.Running;
using Backlot.Benchmarks.Reporting;

// dotnet run -c Release --project bench/Backlot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Create());
