using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 4 — Matter list: GET /api/v1/matters?status=open&amp;limit=50 (newest activity first, keyset page, with client,
/// fee-earner and practice-area names) at a fixed arrival rate vs the same work as one raw Npgsql statement at the
/// same rate: the page with the names as correlated subqueries, firm-scoped, as the app sends it but without the
/// barrier filter (scenario 11 prices that). p95 ≤ 3× raw and ≤ 50 ms.
/// </summary>
public sealed class MatterListScenario : IScenario
{
    public const string PageQuery = """
        SELECT m.id, m.reference, m.title, m.status, m.client_id,
               COALESCE((SELECT c.display_name FROM contacts c WHERE c.firm_id = $1 AND c.id = m.client_id LIMIT 1), ''),
               m.responsible_user_id,
               COALESCE((SELECT u.display_name FROM users u WHERE u.firm_id = $1 AND u.id = m.responsible_user_id LIMIT 1), ''),
               m.practice_area_id,
               (SELECT p.name FROM practice_areas p WHERE p.firm_id = $1 AND p.id = m.practice_area_id LIMIT 1),
               m.opened_on, m.last_activity_at
        FROM matters m WHERE m.firm_id = $1 AND m.status = 1
        ORDER BY m.last_activity_at DESC, m.id DESC LIMIT 51
        """;

    public int Id => 4;
    public string Name => "Matter list (open, 50, newest activity)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var app = context.AppClient();
        var rounds = await context.Abba.RunAsync(
            context.OpenLoop("raw Npgsql", RawList(context)),
            context.OpenLoop("app list", app.Get(() => "/api/v1/matters?status=open&limit=50")), ct);
        var worst = rounds.Max(r => r.Subject.P95Ms);
        return ScenarioResult.From(Id, Name, rounds, Goal.AtMost(3, "p95 ≤ 3× raw and ≤ 50 ms", 50), Describe.Latency,
            [$"open loop at {context.Options.Rate} req/s; worst-round app p95 {worst:0.0} ms; ratio = app p95 / raw p95 (lower is better)"], worst);
    }

    private static LoadOperation RawList(ScenarioContext context)
    {
        var firmId = context.Bed.Firm.FirmId;
        return async ct =>
        {
            await using var page = context.Raw.CreateCommand(PageQuery);
            page.Parameters.Add(new() { Value = firmId });
            await using var reader = await page.ExecuteReaderAsync(ct);
            var values = new object[reader.FieldCount];
            var rows = 0;
            while (await reader.ReadAsync(ct))
            {
                reader.GetValues(values);
                rows++;
            }
            return rows > 0;
        };
    }
}
