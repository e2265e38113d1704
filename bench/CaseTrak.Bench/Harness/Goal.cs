using System.Globalization;

namespace CaseTrak.Bench.Harness;

public enum Verdict { Pass, Fail, Inconclusive }

/// <summary>
/// A goal on the per-round ratio subject/baseline. Higher-is-better goals (throughput) pass when the ratio is
/// at least the target; lower-is-better ones (latency) when it is at most. The verdict uses the median ratio,
/// but a min–max range straddling the target is inconclusive; an optional absolute cap (e.g. p95 ≤ 50 ms)
/// must hold in every round.
/// </summary>
public sealed record Goal(double Target, bool HigherIsBetter, string Text, double? AbsoluteCap = null)
{
    public static Goal AtLeast(double ratio, string text) => new(ratio, true, text);
    public static Goal AtMost(double ratio, string text, double? absoluteCap = null) => new(ratio, false, text, absoluteCap);

    public Verdict Judge(RatioSummary ratio, double? worstSubjectValue = null)
    {
        bool Meets(double r) => HigherIsBetter ? r >= Target : r <= Target;
        if (AbsoluteCap is { } cap && worstSubjectValue is { } worst && worst > cap)
            return Verdict.Fail;
        if (Meets(ratio.Min) && Meets(ratio.Max))
            return Verdict.Pass;
        if (!Meets(ratio.Min) && !Meets(ratio.Max))
            return Verdict.Fail;
        return Verdict.Inconclusive;
    }

    public override string ToString() => Text;

    public static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
