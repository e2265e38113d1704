using System.Diagnostics;
using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Load;

/// <summary>
/// Throughput: N loops each issuing the next request as soon as the last one answered, for a fixed time.
/// Closed-loop latencies are reported but hide queueing; use <see cref="OpenLoopRunner"/> for latency goals.
/// </summary>
public static class ClosedLoopRunner
{
    public static async Task<Sample> RunAsync(LoadOperation operation, int concurrency, TimeSpan duration, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var recorders = Enumerable.Range(0, concurrency).Select(_ => new LatencyRecorder()).ToArray();
        var errors = new long[concurrency];
        var started = Stopwatch.GetTimestamp();
        stop.CancelAfter(duration);
        var loops = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var t0 = Stopwatch.GetTimestamp();
                bool ok;
                try { ok = await operation(CancellationToken.None); }
                catch (Exception) { ok = false; }
                if (ok) recorders[i].RecordSince(t0);
                else errors[i]++;
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(loops);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = new LatencyRecorder();
        foreach (var r in recorders)
            all.Add(r);
        return new Sample(all.Count / seconds, "req/s", all.Count, errors.Sum(), all.PercentileMs(50), all.PercentileMs(95), all.PercentileMs(99), seconds);
    }
}
