namespace CaseTrak.Bench.Harness;

/// <summary>One row of the results table, with the rounds behind it.</summary>
public sealed record ScenarioResult(
    int Id,
    string Name,
    string Baseline,
    string Subject,
    RatioSummary Ratio,
    Goal Goal,
    Verdict Verdict,
    IReadOnlyList<Round> Rounds,
    IReadOnlyList<string> Notes)
{
    public static ScenarioResult From(int id, string name, IReadOnlyList<Round> rounds, Goal goal, Func<Sample, string> describe,
        IReadOnlyList<string> notes, double? worstSubjectValue = null)
    {
        var ratio = RatioSummary.Of(rounds.Select(r => r.Ratio).Where(r => !double.IsNaN(r)).ToList());
        var baseline = rounds.OrderBy(r => r.Baseline.Value).ElementAt(rounds.Count / 2).Baseline;
        var subject = rounds.OrderBy(r => r.Subject.Value).ElementAt(rounds.Count / 2).Subject;
        var errors = rounds.Sum(r => r.Baseline.Errors + r.Subject.Errors);
        var verdict = errors > 0 ? Verdict.Inconclusive : goal.Judge(ratio, worstSubjectValue);
        var allNotes = errors > 0 ? notes.Append($"{errors} failed requests: verdict withheld").ToList() : notes;
        return new(id, name, describe(baseline), describe(subject), ratio, goal, verdict, rounds, allNotes);
    }
}
