using System.Globalization;
using System.Net.Http.Json;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using CaseTrak.Bench.Seeding;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 10 — Client money, three parts judged each (<see cref="CombinedResult"/>):
/// posting: POST /api/v1/client-money/receipts (checks, the poster's balance upsert, journal, entries, receipt, audit row,
/// with an Idempotency-Key) vs <see cref="ClientMoneyRawSql.ReceiptAsync"/>, closed loops, ≥ 0.5× raw;
/// matter balance: GET /api/v1/matters/{id}/ledger (its balances and the newest page of 50 entries) for the matter with
/// 10k client-ledger rows at <see cref="LedgerRate"/>/s open loop, p95 ≤ 20 ms in every round (the raw read of the balance
/// row and the same 50 rows is measured beside it for reference);
/// reconciliation: GET /api/v1/client-money/reconciliations/{id} for the open reconciliation of the seeded client
/// account (every entry of the profile: 2M at M) vs the raw three SUMs, one request at a time, app throughput ≥ 0.5× raw (≤ 2× the time).
/// </summary>
public sealed class ClientMoneyScenario : IScenario
{
    public const int LedgerRate = 5;

    public int Id => 10;
    public string Name => "Client money (posting, matter ledger, reconciliation)";
    public bool NeedsWork => true;

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var firm = context.Bed.Firm;
        var matters = await GuidsAsync(context, "SELECT id FROM matters WHERE firm_id = $1 AND status = 1 ORDER BY id LIMIT 2000", ct);
        var heavy = (await GuidsAsync(context, """
            SELECT matter_id FROM ledger_entries WHERE firm_id = $1 AND account = 2 GROUP BY matter_id ORDER BY count(*) DESC LIMIT 1
            """, ct)).Single();
        var raw = new ClientMoneyRawSql(context.Raw, firm, LedgerSeeder.ClientAccount, matters);
        using var app = context.AppClient();
        var parts = new List<(string, ScenarioResult)>();

        var post = Receipt(app, matters);
        if (!await post(ct))
            throw new InvalidOperationException("POST /api/v1/client-money/receipts failed once before the run: is the receipts route there?");
        var posting = await context.Abba.RunAsync(context.ClosedLoop("raw receipt transaction", raw.ReceiptAsync), context.ClosedLoop("app POST receipt", post), ct);
        parts.Add(("posting", ScenarioResult.From(Id, Name, posting, Goal.AtLeast(0.5, "≥ 0.5× raw"), Describe.Throughput,
            [$"closed loops of {context.Options.Connections}; random open matters; each receipt is on the firm's one audit chain on both sides"])));

        var ledgerPath = $"/api/v1/matters/{heavy}/ledger";
        var ledger = await context.Abba.RunAsync(
            new Side("raw balance + newest 50 rows", (d, t) => OpenLoopRunner.RunAsync(LedgerRows(context, heavy), LedgerRate, d, t)),
            new Side("app GET ledger (first page)", (d, t) => OpenLoopRunner.RunAsync(app.Get(() => ledgerPath), LedgerRate, d, t)), ct);
        var worst = ledger.Max(r => r.Subject.P95Ms);
        parts.Add(("matter balance", ScenarioResult.From(Id, Name, ledger, Goal.AtMost(1_000, "p95 ≤ 20 ms (absolute)", 20), Describe.Latency,
            [string.Create(CultureInfo.InvariantCulture, $"open loop at {LedgerRate}/s on the matter with {LedgerSeeder.HeavyRows:N0} client-ledger rows; worst-round app p95 {worst:0.0} ms")],
            worst)));

        var reconciliation = StatementSeeder.OpenReconciliation(firm);
        var recPath = $"/api/v1/client-money/reconciliations/{reconciliation}";
        // One at a time: each side is one whole reconciliation, so the ratio of throughputs is the ratio of times.
        var rec = await context.Abba.RunAsync(OneAtATime("raw three SUMs", raw.TotalsAsync), OneAtATime("app GET reconciliation", app.Get(() => recPath)), ct);
        parts.Add(("reconciliation", ScenarioResult.From(Id, Name, rec, Goal.AtLeast(0.5, "≤ 2× the raw aggregate (throughput ≥ 0.5×)"), Describe.Throughput,
            [$"{LedgerSeeder.Journals(firm.Profile) * 2L:N0} entries on the account; the open reconciliation at {LedgerSeeder.OpenStatementDate:yyyy-MM-dd} with {LedgerSeeder.OpenUnmatched} unmatched lines; earlier months signed off with every line matched"])));
        return CombinedResult.Of(Id, Name, parts);
    }

    private static Side OneAtATime(string label, LoadOperation operation) =>
        new(label, (duration, ct) => ClosedLoopRunner.RunAsync(operation, 1, duration, ct));

    private static LoadOperation Receipt(HttpLoad app, List<Guid> matters) => async ct =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/client-money/receipts")
        {
            Content = JsonContent.Create(new
            {
                matterId = matters[Random.Shared.Next(matters.Count)], bankAccountId = LedgerSeeder.ClientAccount, amountMinor = Random.Shared.Next(100, 500_000) * 10L,
                receivedOn = TimeSeeder.Today, payer = "Bench client", method = "bankTransfer", reference = "BENCH",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await app.Client.SendAsync(request, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode;
    };

    private static LoadOperation LedgerRows(ScenarioContext context, Guid matter) => async ct =>
    {
        await using var conn = await context.Raw.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(conn)
        {
            BatchCommands =
            {
                new("SELECT sum(balance_minor) FROM matter_client_balances WHERE firm_id = $1 AND matter_id = $2"),
                new("""
                    SELECT e.posted_on, j.entered_at, j.entered_by_user_id, j.id, j.number, j.kind, e.description, j.reference, e.amount_minor
                    FROM ledger_entries e JOIN ledger_journals j ON j.firm_id = e.firm_id AND j.id = e.journal_id
                    WHERE e.firm_id = $1 AND e.matter_id = $2 AND e.account = 2
                    ORDER BY e.posted_on DESC, j.entered_at DESC, j.number DESC LIMIT 51
                    """),
            },
        };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = context.Bed.Firm.FirmId });
            command.Parameters.Add(new NpgsqlParameter { Value = matter });
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var rows = 0;
        do
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(ct))
            {
                reader.GetValues(values);
                rows++;
            }
        }
        while (await reader.NextResultAsync(ct));
        return rows > 1;
    };

    private static async Task<List<Guid>> GuidsAsync(ScenarioContext context, string sql, CancellationToken ct)
    {
        await using var cmd = context.Raw.CreateCommand(sql);
        cmd.Parameters.Add(new() { Value = context.Bed.Firm.FirmId });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Guid>();
        while (await reader.ReadAsync(ct))
            list.Add(reader.GetGuid(0));
        return list;
    }
}
