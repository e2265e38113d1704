using System.Globalization;

namespace CaseTrak.Bench.Harness;

/// <summary>The command line: `--profile S|M|L --scenarios 1,2,4 --rounds 5 --warmup 10 --measure 20 --connections 16 --rate 200`.</summary>
public sealed record BenchOptions(
    Profile Profile,
    IReadOnlyList<int> Scenarios,
    int Rounds,
    TimeSpan Warmup,
    TimeSpan Measure,
    int Connections,
    int Rate,
    string ResultsDirectory)
{
    public static readonly int[] DefaultScenarios = [1, 2, 3, 4, 5, 6, 9, 11, 12];

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            var eq = args[i].IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                values[args[i][2..eq]] = args[i][(eq + 1)..];
            else if (i + 1 < args.Length)
                values[args[i][2..]] = args[++i];
            else
                throw new ArgumentException($"'{args[i]}' needs a value.");
        }
        var known = new[] { "profile", "scenarios", "rounds", "warmup", "measure", "connections", "rate", "results" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new ArgumentException($"Unknown option '--{unknown}'. Known: {string.Join(", ", known.Select(k => "--" + k))}.");

        return new BenchOptions(
            Profile.Named(values.GetValueOrDefault("profile", "S")),
            values.TryGetValue("scenarios", out var s)
                ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).Distinct().ToList()
                : DefaultScenarios,
            Positive(values, "rounds", 5),
            TimeSpan.FromSeconds(Seconds(values, "warmup", 10)),
            TimeSpan.FromSeconds(Seconds(values, "measure", 20)),
            Positive(values, "connections", 16),
            Positive(values, "rate", 200),
            values.GetValueOrDefault("results", Path.Combine(RepoRoot.Find(), "bench", "results")));
    }

    private static int Positive(Dictionary<string, string> values, string key, int fallback)
    {
        var value = values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return value > 0 ? value : throw new ArgumentException($"--{key} must be positive.");
    }

    private static double Seconds(Dictionary<string, string> values, string key, double fallback)
    {
        var value = values.TryGetValue(key, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return value >= 0 ? value : throw new ArgumentException($"--{key} must not be negative.");
    }
}
