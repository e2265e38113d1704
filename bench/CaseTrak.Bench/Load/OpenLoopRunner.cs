using System.Diagnostics;
using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Load;

/// <summary>
/// Latency at a fixed arrival rate: request i is due at start + i/rate whether or not earlier ones answered,
/// and its latency counts from when it was due (no coordinated omission). Value = p95 in ms.
/// </summary>
public static class OpenLoopRunner
{
    /// <summary>Requests still outstanding beyond this are dropped and counted as errors (the subject is saturated).</summary>
    private const int MaxOutstanding = 2048;

    public static async Task<Sample> RunAsync(LoadOperation operation, int ratePerSecond, TimeSpan duration, CancellationToken ct)
    {
        var recorder = new LatencyRecorder();
        long errors = 0, outstanding = 0;
        var inFlight = new List<Task>();
        var interval = Stopwatch.Frequency / (double)ratePerSecond;
        var total = (long)(duration.TotalSeconds * ratePerSecond);
        var start = Stopwatch.GetTimestamp();
        for (long i = 0; i < total && !ct.IsCancellationRequested; i++)
        {
            var due = start + (long)(i * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), ct);
            if (Interlocked.Read(ref outstanding) >= MaxOutstanding)
            {
                Interlocked.Increment(ref errors);
                continue;
            }
            Interlocked.Increment(ref outstanding);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    if (await operation(ct)) recorder.RecordSince(due);
                    else Interlocked.Increment(ref errors);
                }
                catch (Exception) { Interlocked.Increment(ref errors); }
                finally { Interlocked.Decrement(ref outstanding); }
            }, CancellationToken.None));
        }
        await Task.WhenAll(inFlight);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var p95 = recorder.PercentileMs(95);
        return new Sample(p95, "ms p95", recorder.Count, errors, recorder.PercentileMs(50), p95, recorder.PercentileMs(99), seconds);
    }
}
