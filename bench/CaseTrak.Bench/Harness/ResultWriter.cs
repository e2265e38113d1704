using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseTrak.Bench.Harness;

/// <summary>The results as a Markdown table (printed and saved) and as JSON, both under bench/results/.</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Markdown(BenchOptions options, MachineInfo machine, DateTimeOffset started, TimeSpan wall, IReadOnlyList<ScenarioResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Profile {options.Profile.Name} ({options.Profile.Matters:N0} matters, {options.Profile.Parties:N0} parties), "
            + $"{started:yyyy-MM-dd HH:mm} UTC, {options.Rounds} rounds × {options.Measure.TotalSeconds:0.#} s (warm-up {options.Warmup.TotalSeconds:0.#} s), "
            + $"{options.Connections} connections, open-loop rate {options.Rate}/s, wall time {wall.TotalMinutes:0.0} min.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}");
        md.AppendLine();
        md.AppendLine("| # | Scenario | Baseline | Subject | Ratio median (min–max) | Goal | Verdict |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in results)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Id} | {r.Name} | {r.Baseline} | {r.Subject} | {r.Ratio} | {r.Goal} | {r.Verdict.ToString().ToLowerInvariant()} |");
        var notes = results.SelectMany(r => r.Notes.Select(n => $"- {r.Id}: {n}")).ToList();
        if (notes.Count > 0)
        {
            md.AppendLine();
            foreach (var n in notes)
                md.AppendLine(n);
        }
        return md.ToString();
    }

    public static (string Markdown, string Json) Save(BenchOptions options, MachineInfo machine, DateTimeOffset started, TimeSpan wall,
        IReadOnlyList<ScenarioResult> results)
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        var stem = Path.Combine(options.ResultsDirectory, $"{started:yyyyMMdd-HHmmss}-{options.Profile.Name}");
        var markdown = Markdown(options, machine, started, wall, results);
        File.WriteAllText(stem + ".md", markdown);
        var document = new
        {
            started,
            wallSeconds = wall.TotalSeconds,
            profile = options.Profile,
            options = new { options.Rounds, warmupSeconds = options.Warmup.TotalSeconds, measureSeconds = options.Measure.TotalSeconds, options.Connections, options.Rate },
            machine,
            results = results.Select(r => new
            {
                r.Id, r.Name, r.Baseline, r.Subject,
                ratio = r.Ratio, goal = r.Goal.Text, r.Verdict, r.Notes, r.Rounds,
            }),
        };
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(document, Json));
        return (stem + ".md", stem + ".json");
    }
}
