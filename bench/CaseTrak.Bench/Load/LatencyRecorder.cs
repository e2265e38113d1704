using System.Diagnostics;
using HdrHistogram;

namespace CaseTrak.Bench.Load;

/// <summary>An HdrHistogram of latencies in microseconds (1 µs to 60 s, 3 significant digits).</summary>
public sealed class LatencyRecorder
{
    private const long MaxMicros = 60_000_000;
    private readonly LongHistogram _histogram = new(1, MaxMicros, 3);
    private readonly Lock _gate = new();

    public long Count => _histogram.TotalCount;

    public void RecordSince(long startTimestamp)
    {
        var micros = (long)Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds;
        lock (_gate)
            _histogram.RecordValue(Math.Clamp(micros, 1, MaxMicros));
    }

    public void Add(LatencyRecorder other)
    {
        lock (_gate)
            lock (other._gate)
                _histogram.Add(other._histogram);
    }

    public double PercentileMs(double percentile)
    {
        lock (_gate)
            return _histogram.TotalCount == 0 ? double.NaN : _histogram.GetValueAtPercentile(percentile) / 1000.0;
    }
}
