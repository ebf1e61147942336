namespace GraphCallback.Benchmarks.Micro;

/// <summary>One BenchmarkDotNet case: mean time and bytes allocated per operation.</summary>
internal sealed record MicroResult(string Name, double MeanNanoseconds, double? ErrorNanoseconds, long? AllocatedBytes);
