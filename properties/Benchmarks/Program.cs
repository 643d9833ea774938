// Benchmarks: Program
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SriovVerification.Benchmarks.ModelApplyBenchmarks).Assembly).Run(args);
