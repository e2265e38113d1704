using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 4 — Matter list: GET /api/v1/matters?status=open&amp;limit=50 (newest activity first, keyset page, with client,
/// fee-earner and practice-area names) at a fixed arrival rate vs the same round trips in raw Npgsql at the same
/// rate: the page query, then one name lookup each for clients, users and practice areas. p95 ≤ 3× raw and ≤ 50 ms.
/// </summary>
public sealed class MatterListScenario : IScenario
{
    public const string PageQuery = """
        SELECT id, reference, title, status, client_id, responsible_user_id, practice_area_id, opened_on, last_activity_at
        FROM matters WHERE firm_id = $1 AND status = 1
        ORDER BY last_activity_at DESC, id DESC LIMIT 51
        """;
    private const string ClientNames = "SELECT id, display_name FROM contacts WHERE firm_id = $1 AND id = ANY($2)";
    private const string UserNames = "SELECT id, display_name FROM users WHERE firm_id = $1 AND id = ANY($2)";
    private const string AreaNames = "SELECT id, name FROM practice_areas WHERE firm_id = $1 AND id = ANY($2)";

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
            await using var conn = await context.Raw.OpenConnectionAsync(ct);
            var clients = new HashSet<Guid>();
            var users = new HashSet<Guid>();
            var areas = new HashSet<Guid>();
            await using (var page = new NpgsqlCommand(PageQuery, conn) { Parameters = { new() { Value = firmId } } })
            await using (var reader = await page.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    clients.Add(reader.GetGuid(4));
                    users.Add(reader.GetGuid(5));
                    if (!reader.IsDBNull(6))
                        areas.Add(reader.GetGuid(6));
                }
            }
            await NamesAsync(conn, ClientNames, firmId, clients, ct);
            await NamesAsync(conn, UserNames, firmId, users, ct);
            await NamesAsync(conn, AreaNames, firmId, areas, ct);
            return true;
        };
    }

    private static async Task NamesAsync(NpgsqlConnection conn, string sql, Guid firmId, HashSet<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return;
        await using var cmd = new NpgsqlCommand(sql, conn) { Parameters = { new() { Value = firmId }, new() { Value = ids.ToArray() } } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            _ = reader.GetString(1);
    }
}
