using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// One table row for a scenario whose goal holds for each of several parts (3: each hot query; 11 and 12: the
/// matter read and the matter list). The row shows the part closest to failing (worst verdict, then smallest
/// margin over its goal) and takes the worst verdict; every part's figures follow in the notes.
/// </summary>
public static class CombinedResult
{
    public static ScenarioResult Of(int id, string name, IReadOnlyList<(string Part, ScenarioResult Result)> parts, IEnumerable<string>? notes = null)
    {
        if (parts.Count == 0)
            throw new InvalidOperationException($"Scenario {id} measured nothing.");
        var worst = parts.OrderByDescending(p => Severity(p.Result.Verdict)).ThenBy(p => Margin(p.Result)).First();
        var partNotes = parts.SelectMany(p => p.Result.Notes.Prepend(
            $"{p.Part}: {p.Result.Ratio} {p.Result.Verdict.ToString().ToLowerInvariant()} (baseline {p.Result.Baseline}, subject {p.Result.Subject})")
            .Select((n, i) => i == 0 ? n : $"{p.Part}: {n}"));
        return worst.Result with
        {
            Id = id,
            Name = $"{name}; worst: {worst.Part}",
            Notes = [.. partNotes, .. notes ?? []],
        };
    }

    private static int Severity(Verdict v) => v switch { Verdict.Fail => 2, Verdict.Inconclusive => 1, _ => 0 };

    /// <summary>How far the median is on the good side of the target, as a factor (below 1: on the bad side).</summary>
    private static double Margin(ScenarioResult r) => double.IsNaN(r.Ratio.Median) ? double.NegativeInfinity
        : r.Goal.HigherIsBetter ? r.Ratio.Median / r.Goal.Target : r.Goal.Target / r.Ratio.Median;
}
