using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using CaseTrak.Web.Features.Conflicts.Matching;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 6 — Conflict search: POST /api/v1/conflict-checks with one mistyped name (the gold set, cycled) at a fixed
/// arrival rate vs a plain pg_trgm query doing the same firm-scoped top-20 lookup in raw Npgsql. API.md has no
/// search-only route, so the subject also stores the check, its hits and an audit event: that write is part of
/// what the user waits for. Goal: p95 ≤ 50 ms in the worst round and recall ≥ 0.95 (the intended contact, or a
/// namesake, among the first 20 distinct contacts found).
/// </summary>
public sealed class ConflictSearchScenario : IScenario
{
    /// <summary>Far above a real firm's rate (a 500-lawyer firm runs a few checks a minute), low enough not to measure saturation.</summary>
    public const int Rate = 20;
    public const double MinRecall = 0.95;

    public const string PlainTrigramQuery = """
        SELECT contact_id, name FROM contact_names
        WHERE firm_id = $1 AND normalised % $2
        ORDER BY similarity(normalised, $2) DESC, id LIMIT 20
        """;

    public int Id => 6;
    public string Name => "Conflict search (1 term with a typo, top 20)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var gold = await ConflictGoldSet.BuildAsync(context.Raw, context.Bed.Firm, ct);
        using var app = context.AppClient();
        var firmId = context.Bed.Firm.FirmId;

        // Recall first, one query at a time: it is a property of the matching, not of the load.
        var appRecall = await RecallAsync(gold, q => AppSearchAsync(app.Client, q.Term, ct), context.Log, "app");
        var rawRecall = await RecallAsync(gold, q => RawSearchAsync(context.Raw, firmId, q.Term, ct), context.Log, "plain pg_trgm");

        var rounds = await context.Abba.RunAsync(
            OpenLoop("raw pg_trgm top 20", Cycle(gold, q => RawOperation(context.Raw, firmId, q))),
            OpenLoop("app conflict check", Cycle(gold, q => AppOperation(app.Client, q))), ct);

        var worst = rounds.Max(r => r.Subject.P95Ms);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"open loop at {Rate} req/s over {gold.Count} gold queries; worst-round app p95 {worst:0.0} ms; ratio = app p95 / raw pg_trgm p95, for information (the goal is absolute)"),
            string.Create(CultureInfo.InvariantCulture, $"recall (intended contact or a namesake in the first {GoldQuery.TopN} contacts): app {appRecall.Recall:0.000} ({appRecall.Found}/{gold.Count}), plain pg_trgm {rawRecall.Recall:0.000}; exact contact only: app {appRecall.ExactRecall:0.000}, plain pg_trgm {rawRecall.ExactRecall:0.000}"),
            string.Create(CultureInfo.InvariantCulture, $"one request at a time (the recall pass, no load): app p50 {appRecall.OneAtATime.PercentileMs(50):0.0} ms, p95 {appRecall.OneAtATime.PercentileMs(95):0.0} ms; plain pg_trgm p50 {rawRecall.OneAtATime.PercentileMs(50):0.0} ms, p95 {rawRecall.OneAtATime.PercentileMs(95):0.0} ms"),
            "app misses by kind of slip: " + (appRecall.MissesByKind.Count == 0 ? "none" : string.Join(", ", appRecall.MissesByKind.Select(k => $"{k.Key} {k.Value}"))),
            "the app stores each check with its hits and an audit event (API.md has no search-only route): the write is part of what the user waits for",
        };
        var result = ScenarioResult.From(Id, Name, rounds, Goal.AtMost(double.PositiveInfinity, "p95 ≤ 50 ms; recall ≥ 0.95", 50),
            s => Describe.Latency(s), notes, worst);
        result = result with
        {
            Baseline = $"{result.Baseline}, recall {rawRecall.Recall:0.00}",
            Subject = $"{result.Subject}, recall {appRecall.Recall:0.00}",
        };
        return appRecall.Recall < MinRecall ? result with { Verdict = Verdict.Fail } : result;
    }

    private static Side OpenLoop(string label, LoadOperation operation) =>
        new(label, (duration, ct) => OpenLoopRunner.RunAsync(operation, Rate, duration, ct));

    private static LoadOperation Cycle(IReadOnlyList<GoldQuery> gold, Func<GoldQuery, LoadOperation> operation)
    {
        var next = -1;
        var operations = gold.Select(operation).ToArray();
        return ct => operations[(int)((uint)Interlocked.Increment(ref next) % operations.Length)](ct);
    }

    private static LoadOperation AppOperation(HttpClient client, GoldQuery q) => async ct =>
    {
        using var response = await client.PostAsJsonAsync("/api/v1/conflict-checks", new { terms = new[] { q.Term } }, ct);
        await response.Content.LoadIntoBufferAsync(ct);
        return response.IsSuccessStatusCode;
    };

    private static LoadOperation RawOperation(NpgsqlDataSource raw, Guid firmId, GoldQuery q)
    {
        var normalised = NameNormaliser.Normalise(q.Term);
        return async ct =>
        {
            await using var cmd = raw.CreateCommand(PlainTrigramQuery);
            cmd.Parameters.Add(new() { Value = firmId });
            cmd.Parameters.Add(new() { Value = normalised });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                _ = reader.GetString(1);
            return true;
        };
    }

    private static async Task<List<(Guid, string)>> AppSearchAsync(HttpClient client, string term, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/conflict-checks", new { terms = new[] { term } }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /api/v1/conflict-checks “{term}”: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("contactId").ValueKind == JsonValueKind.String)
            .Select(h => (h.GetProperty("contactId").GetGuid(), h.GetProperty("name").GetString() ?? ""))
            .ToList();
    }

    private static async Task<List<(Guid, string)>> RawSearchAsync(NpgsqlDataSource raw, Guid firmId, string term, CancellationToken ct)
    {
        await using var cmd = raw.CreateCommand(PlainTrigramQuery);
        cmd.Parameters.Add(new() { Value = firmId });
        cmd.Parameters.Add(new() { Value = NameNormaliser.Normalise(term) });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<(Guid, string)>();
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        return rows;
    }

    private sealed record RecallResult(int Found, int FoundExactly, int Total, IReadOnlyDictionary<string, int> MissesByKind, LatencyRecorder OneAtATime)
    {
        public double Recall => (double)Found / Total;
        public double ExactRecall => (double)FoundExactly / Total;
    }

    private static async Task<RecallResult> RecallAsync(IReadOnlyList<GoldQuery> gold, Func<GoldQuery, Task<List<(Guid, string)>>> search, TextWriter log, string label)
    {
        int found = 0, exactly = 0, shown = 0;
        var misses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var latency = new LatencyRecorder();
        var slowest = new List<(double Ms, string Term, int Hits)>();
        foreach (var q in gold)
        {
            var started = Stopwatch.GetTimestamp();
            var ranked = await search(q);
            latency.RecordSince(started);
            slowest.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, q.Term, ranked.Count));
            if (q.IsFoundExactlyIn(ranked))
                exactly++;
            if (q.IsFoundIn(ranked))
            {
                found++;
                continue;
            }
            misses[q.Typo] = misses.GetValueOrDefault(q.Typo) + 1;
            if (shown++ < 10)
                log.WriteLine($"    {label} missed “{q.Term}” ({q.Typo}) for {q.Name}; first found: {string.Join("; ", ranked.Select(r => r.Item2).Distinct().Take(5))}");
        }
        log.WriteLine($"    {label} slowest one at a time: " + string.Join("; ", slowest.OrderByDescending(x => x.Ms).Take(5)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"“{x.Term}” {x.Ms:0.0} ms ({x.Hits} hits)"))));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {label} recall {(double)found / gold.Count:0.000} ({found}/{gold.Count})"));
        return new(found, exactly, gold.Count, misses, latency);
    }
}
