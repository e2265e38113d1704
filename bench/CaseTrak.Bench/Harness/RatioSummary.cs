using System.Globalization;

namespace CaseTrak.Bench.Harness;

/// <summary>Median and range of the per-round ratios.</summary>
public sealed record RatioSummary(double Median, double Min, double Max)
{
    public static RatioSummary Of(IReadOnlyList<double> ratios) =>
        ratios.Count == 0 ? new(double.NaN, double.NaN, double.NaN) : new(MedianOf(ratios), ratios.Min(), ratios.Max());

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Median:0.00}× ({Min:0.00}–{Max:0.00})");
}
