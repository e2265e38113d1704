namespace CaseTrak.Bench.Harness;

/// <summary>
/// One measurement of one side. <see cref="Value"/> is what the ratio compares (req/s for throughput, p95 ms
/// for latency); the rest is reported alongside.
/// </summary>
public sealed record Sample(double Value, string Unit, long Requests, long Errors, double P50Ms, double P95Ms, double P99Ms, double Seconds)
{
    public double PerSecond => Seconds > 0 ? Requests / Seconds : 0;
}

/// <summary>A side of a pair: measures for the given time and returns a sample.</summary>
public sealed record Side(string Label, Func<TimeSpan, CancellationToken, Task<Sample>> MeasureAsync);

public sealed record Round(int Number, string Order, Sample Baseline, Sample Subject, double Ratio);
