using System.Globalization;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 2 — GET /api/v1/matters/{id} (random matters, 16 connections) vs C = 1/(1/K + 1/D): K is bare Kestrel serving
/// the same JSON, D raw Npgsql running the primary-key read of the matter row. Both are measured each round
/// (baseline side = K then D), so C tracks the machine's state. Goal ≥ 0.7× C and subject p99 ≤ 10 ms.
/// </summary>
public sealed class MatterByIdScenario : IScenario
{
    /// <summary>
    /// The one statement the app issues for GET /api/v1/matters/{id} (its compiled EF query, copied from the
    /// PostgreSQL log): the matter through the tenant and barrier filters, with client, people, practice area,
    /// restriction flag and team. $1 firm, $2 sees-behind-barriers, $3 user, $4 matter.
    /// </summary>
    public const string AppSql = """
        SELECT m6.firm_id, m6.id, m6.client_id, m6.closed_at, m6.conflict_check_id, m6.cost_alert_bp, m6.cost_estimate_minor,
               m6.created_at, m6.custom_fields, m6.description, m6.last_activity_at, m6.opened_on, m6.practice_area_id,
               m6.reference, m6.responsible_user_id, m6.status, m6.supervising_user_id, m6.title, m6.version,
               m6.c, m6.c0, m6.c1, m6.c2, m6.c3, s.id, s.display_name, s.firm_id, s.id0
        FROM (
            SELECT m.*,
                (SELECT c.display_name FROM contacts AS c WHERE c.firm_id = $1 AND c.id = m.client_id LIMIT 1) AS c,
                (SELECT u.display_name FROM users AS u WHERE u.firm_id = $1 AND u.id = m.responsible_user_id LIMIT 1) AS c0,
                (SELECT u0.display_name FROM users AS u0 WHERE u0.firm_id = $1 AND u0.id = m.supervising_user_id LIMIT 1) AS c1,
                (SELECT p.name FROM practice_areas AS p WHERE p.firm_id = $1 AND p.id = m.practice_area_id LIMIT 1) AS c2,
                EXISTS (SELECT 1 FROM matter_barriers AS m2 WHERE m2.firm_id = $1 AND m2.matter_id = m.id) AS c3
            FROM matters AS m
            WHERE m.firm_id = $1 AND ($2 OR NOT EXISTS (
                SELECT 1 FROM matter_barriers AS m0 WHERE m0.firm_id = $1 AND m0.matter_id = m.id) OR EXISTS (
                SELECT 1 FROM matter_barrier_members AS m1 WHERE m1.firm_id = $1 AND m1.matter_id = m.id AND m1.user_id = $3)) AND m.id = $4
            LIMIT 2
        ) AS m6
        LEFT JOIN (
            SELECT u2.id, u2.display_name, m3.firm_id, m3.id AS id0, m3.matter_id
            FROM matter_team_members AS m3
            INNER JOIN (SELECT u1.id, u1.display_name FROM users AS u1 WHERE u1.firm_id = $1) AS u2 ON m3.user_id = u2.id
            WHERE m3.firm_id = $1 AND ($2 OR NOT EXISTS (
                SELECT 1 FROM matter_barriers AS m4 WHERE m4.firm_id = $1 AND m4.matter_id = m3.matter_id) OR EXISTS (
                SELECT 1 FROM matter_barrier_members AS m5 WHERE m5.firm_id = $1 AND m5.matter_id = m3.matter_id AND m5.user_id = $3)) AND m3.matter_id = $4
        ) AS s ON m6.id = s.matter_id
        ORDER BY m6.firm_id, m6.id, s.firm_id, s.id0
        """;

    private const int TestBedSeed = 2;

    public int Id => 2;
    public string Name => "GET matter by id";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var firm = context.Bed.Firm;
        // A fixed random sample, so wrk (outside our process) can pick among them.
        var random = new Random(TestBedSeed);
        var paths = Enumerable.Range(0, 5_000).Select(_ => $"/api/v1/matters/{firm.MatterId(random.Next(firm.Profile.Matters))}").ToList();
        using var app = context.AppClient();
        using var bare = context.BareClient();
        var k = context.Throughput("K", bare, "/k/matter", null);
        var d = context.ClosedLoop("D", RawRead(context));
        var ks = new List<double>();
        var ds = new List<double>();
        var ceiling = new Side("C = 1/(1/K + 1/D)", async (duration, token) =>
        {
            var kSample = await k.MeasureAsync(duration, token);
            var dSample = await d.MeasureAsync(duration, token);
            ks.Add(kSample.Value);
            ds.Add(dSample.Value);
            var c = 1 / (1 / kSample.Value + 1 / dSample.Value);
            return kSample with { Value = c, Unit = "req/s (C)", Errors = kSample.Errors + dSample.Errors };
        });
        var rounds = await context.Abba.RunAsync(ceiling, context.RandomThroughput("app GET matter", app, paths, context.Bed.Token), ct);

        var p99 = rounds.Max(r => r.Subject.P99Ms);
        // The warm-up also measured C once: the last entries line up with the rounds.
        var roundD = ds.Skip(ds.Count - rounds.Count).ToList();
        var rawRatio = RatioSummary.Of(rounds.Select((r, i) => r.Subject.Value / roundD[i]).ToList());
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"K median {RatioSummary.MedianOf(ks):N0} req/s, D median {RatioSummary.MedianOf(ds):N0} q/s (the app's one statement, read in full)"),
            $"subject / D (raw ratio) {rawRatio}",
            string.Create(CultureInfo.InvariantCulture, $"subject p99 at {context.Options.Connections} connections (closed loop), worst round: {p99:0.0} ms — goal ≤ 10 ms: {(p99 <= 10 ? "met" : "not met")}"),
        };
        var result = ScenarioResult.From(Id, Name, rounds, Goal.AtLeast(0.7, "≥ 0.7× C; p99 ≤ 10 ms"), Describe.Throughput, notes);
        return p99 > 10 && result.Verdict == Verdict.Pass ? result with { Verdict = Verdict.Fail } : result;
    }

    private static LoadOperation RawRead(ScenarioContext context)
    {
        var firm = context.Bed.Firm;
        return async ct =>
        {
            await using var cmd = context.Raw.CreateCommand(AppSql);
            cmd.Parameters.Add(new() { Value = firm.FirmId });
            cmd.Parameters.Add(new() { Value = false });
            cmd.Parameters.Add(new() { Value = firm.UserId });
            cmd.Parameters.Add(new() { Value = firm.MatterId(Random.Shared.Next(firm.Profile.Matters)) });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var rows = 0;
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(ct))
            {
                reader.GetValues(values);
                rows++;
            }
            return rows > 0;
        };
    }
}
