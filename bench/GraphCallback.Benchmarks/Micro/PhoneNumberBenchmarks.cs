using BenchmarkDotNet.Attributes;
using GraphCallback.Core.Callers;

namespace GraphCallback.Benchmarks.Micro;

/// <summary>Parsing callers' numbers as they arrive from voicemail properties, Teams and call logs.</summary>
public class PhoneNumberBenchmarks
{
    [Benchmark]
    public PhoneNumber International() => PhoneNumber.Parse("+44 20 7946 0555", "GB");

    [Benchmark]
    public PhoneNumber National() => PhoneNumber.Parse("(202) 555-0142", "US");

    [Benchmark]
    public PhoneNumber TelUri() => PhoneNumber.Parse("tel:+12025550142;ext=12", "US");

    [Benchmark]
    public PhoneNumber Withheld() => PhoneNumber.Parse("Anonymous", "US");
}
