using System.Globalization;
using System.Text.Json;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Audit;
using Npgsql;
using NpgsqlTypes;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 5 — Time entry POST: POST /api/v1/time-entries through the full pipeline (the entry and its TimeRecorded audit
/// row sealed onto the firm's hash chain in one transaction, fsync on) against the raw two-insert transaction in
/// Npgsql writing the same rows with the same statements the app sends (<see cref="AuditChain"/>: lock the chain
/// head with a no-op UPDATE, read it, then insert the entry, insert the audit row and move the head, commit).
/// Throughput as closed loops (ratio = app / raw, goal ≥ 0.6×); then latency of each at a fixed
/// <see cref="LatencyRate"/> (open loop), app p99 ≤ 25 ms.
/// </summary>
public sealed class TimeEntryPostScenario : IScenario
{
    /// <summary>Arrivals per second of the latency check: ten times a 500-lawyer firm's busiest minute.</summary>
    public const int LatencyRate = 50;

    public int Id => 5;
    public string Name => "Time entry POST (entry + audit row)";
    public bool NeedsWork => true;

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var matters = await OpenMattersAsync(context, ct);
        using var app = context.AppClient();
        var post = app.PostJson("/api/v1/time-entries", () => new
        {
            matterId = matters[Random.Shared.Next(matters.Count)], date = TimeSeeder.Today, minutes = Random.Shared.Next(6, 121),
            narrative = "Drafting the witness statement", activityCode = "A103",
        });
        var raw = new RawTimeEntry(context.Raw, context.Bed.Firm, matters);
        var rounds = await context.Abba.RunAsync(context.ClosedLoop("raw two-insert transaction", raw.InsertAsync), context.ClosedLoop("app POST", post), ct);

        var rawLatency = await OpenLoopRunner.RunAsync(raw.InsertAsync, LatencyRate, context.Options.Measure, ct);
        var appLatency = await OpenLoopRunner.RunAsync(post, LatencyRate, context.Options.Measure, ct);
        var notes = new List<string>
        {
            $"closed loops of {context.Options.Connections}; every entry is on the firm's one audit chain, so commits queue on its head row on both sides",
            string.Create(CultureInfo.InvariantCulture, $"open loop at {LatencyRate}/s for {context.Options.Measure.TotalSeconds:0} s: raw {Describe.Latency(rawLatency)}; app {Describe.Latency(appLatency)}")
                + $" — p99 goal ≤ 25 ms: {(appLatency.P99Ms <= 25 ? "met" : "not met")}"
                + (appLatency.Errors + rawLatency.Errors > 0 ? $", errors {rawLatency.Errors}/{appLatency.Errors}" : ""),
        };
        var result = ScenarioResult.From(Id, Name, rounds, Goal.AtLeast(0.6, "≥ 0.6× raw; p99 ≤ 25 ms"), Describe.Throughput, notes);
        return appLatency.P99Ms > 25 && result.Verdict == Verdict.Pass ? result with { Verdict = Verdict.Fail } : result;
    }

    private static async Task<List<Guid>> OpenMattersAsync(ScenarioContext context, CancellationToken ct)
    {
        await using var cmd = context.Raw.CreateCommand("SELECT id FROM matters WHERE firm_id = $1 AND status = 1 ORDER BY id LIMIT 2000");
        cmd.Parameters.Add(new() { Value = context.Bed.Firm.FirmId });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<Guid>();
        while (await reader.ReadAsync(ct))
            list.Add(reader.GetGuid(0));
        return list;
    }

    /// <summary>The app's statements for one recorded entry, written by hand.</summary>
    private sealed class RawTimeEntry(NpgsqlDataSource raw, BenchFirm firm, List<Guid> matters)
    {
        private const string InsertEntry = """
            INSERT INTO time_entries (firm_id, id, matter_id, user_id, recorded_by_user_id, date, minutes, unit_minutes, units, activity_code,
                narrative, billability, rate_minor, rate_id, value_minor, status, approval, created_at, updated_at, version)
            VALUES ($1, $2, $3, $4, $4, $5, $6, 6, $7, 'A103', 'Drafting the witness statement', 0, 35000, NULL, $8, 0, 0, $9, $9, 1)
            """;
        private const string InsertAudit = """
            INSERT INTO audit_events (firm_id, id, seq, at, actor_id, action, target_type, target_id, outcome, ip_address, details, previous_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, 'TimeEntry', $7, 0, '127.0.0.1', $8, $9, $10)
            """;

        public async ValueTask<bool> InsertAsync(CancellationToken ct)
        {
            var (entryId, matter, minutes) = (Guid.CreateVersion7(), matters[Random.Shared.Next(matters.Count)], Random.Shared.Next(6, 121));
            var units = BillingRules.Units(minutes, 6);
            var value = BillingRules.Value(units, 6, 35_000);
            var now = DateTime.UtcNow;
            await using var conn = await raw.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await Exec(conn, tx, "UPDATE audit_chain_heads SET last_seq = last_seq WHERE firm_id = $1", ct, firm.FirmId);
            long seq;
            string head;
            await using (var read = new NpgsqlCommand("SELECT last_seq, last_hash FROM audit_chain_heads WHERE firm_id = $1 LIMIT 2", conn, tx))
            {
                read.Parameters.Add(new() { Value = firm.FirmId });
                await using var reader = await read.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                (seq, head) = (reader.GetInt64(0), reader.GetString(1));
            }
            var details = JsonSerializer.Serialize(new { matterId = matter, userId = firm.UserId, date = TimeSeeder.Today, minutes, units, rateMinor = 35_000, valueMinor = value },
                JsonSerializerOptions.Web);
            var e = AuditEvent.Create(firm.FirmId, now, firm.UserId, AuditAction.TimeRecorded, "TimeEntry", entryId, AuditOutcome.Success, "127.0.0.1", details);
            e.Seq = seq + 1;
            e.PreviousHash = head;
            e.Hash = AuditHasher.Hash(head, e);

            await using var batch = new NpgsqlBatch(conn, tx);
            batch.BatchCommands.Add(Command(InsertEntry, firm.FirmId, entryId, matter, firm.UserId, TimeSeeder.Today, minutes, units, value, now));
            batch.BatchCommands.Add(Command(InsertAudit, firm.FirmId, Guid.CreateVersion7(), e.Seq, e.At, firm.UserId, (int)AuditAction.TimeRecorded, entryId,
                details, head, e.Hash));
            batch.BatchCommands.Add(Command("UPDATE audit_chain_heads SET last_hash = $1, last_seq = $2 WHERE firm_id = $3", e.Hash, e.Seq, firm.FirmId));
            await batch.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }

        private static NpgsqlBatchCommand Command(string sql, params object[] values)
        {
            var c = new NpgsqlBatchCommand(sql);
            foreach (var v in values)
                c.Parameters.Add(v is DateTime ? new NpgsqlParameter { Value = v, NpgsqlDbType = NpgsqlDbType.TimestampTz } : new NpgsqlParameter { Value = v });
            return c;
        }

        private static async Task Exec(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct, params object[] values)
        {
            await using var cmd = new NpgsqlCommand(sql, conn, tx);
            foreach (var v in values)
                cmd.Parameters.Add(new() { Value = v });
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
