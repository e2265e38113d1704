namespace CaseTrak.Bench.Harness;

/// <summary>
/// Runs a baseline/subject pair: a warm-up of each, then rounds in ABBA order (AB, BA, AB, …) so a drift in
/// machine load hits both sides alike. Each round yields ratio = subject / baseline.
/// </summary>
public sealed class AbbaRunner(BenchOptions options, TextWriter log)
{
    public async Task<IReadOnlyList<Round>> RunAsync(Side baseline, Side subject, CancellationToken ct)
    {
        if (options.Warmup > TimeSpan.Zero)
        {
            log.WriteLine($"    warm-up {baseline.Label} / {subject.Label} ({options.Warmup.TotalSeconds:0.#} s each)");
            await baseline.MeasureAsync(options.Warmup, ct);
            await subject.MeasureAsync(options.Warmup, ct);
        }
        var rounds = new List<Round>();
        for (var i = 1; i <= options.Rounds; i++)
        {
            var baselineFirst = i % 2 == 1;
            Sample a, b;
            if (baselineFirst)
            {
                a = await baseline.MeasureAsync(options.Measure, ct);
                b = await subject.MeasureAsync(options.Measure, ct);
            }
            else
            {
                b = await subject.MeasureAsync(options.Measure, ct);
                a = await baseline.MeasureAsync(options.Measure, ct);
            }
            var ratio = a.Value > 0 ? b.Value / a.Value : double.NaN;
            var round = new Round(i, baselineFirst ? "AB" : "BA", a, b, ratio);
            rounds.Add(round);
            log.WriteLine($"    round {i} ({round.Order}): baseline {a.Value:0.##} {a.Unit}, subject {b.Value:0.##} {b.Unit}, ratio {ratio:0.00}"
                + (a.Errors + b.Errors > 0 ? $", errors {a.Errors}/{b.Errors}" : ""));
        }
        return rounds;
    }
}
