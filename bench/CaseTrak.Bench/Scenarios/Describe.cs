using System.Globalization;
using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Scenarios;

/// <summary>How a side's median sample reads in the table.</summary>
public static class Describe
{
    public static string Throughput(Sample s) => string.Create(CultureInfo.InvariantCulture, $"{s.Value:N0} req/s");

    public static string Latency(Sample s) => string.Create(CultureInfo.InvariantCulture, $"p95 {s.P95Ms:0.0} ms (p50 {s.P50Ms:0.0}, p99 {s.P99Ms:0.0})");
}
