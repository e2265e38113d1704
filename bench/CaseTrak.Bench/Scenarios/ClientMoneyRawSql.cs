using System.Text.Json;
using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Audit;
using Npgsql;
using NpgsqlTypes;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// Scenario 10's raw baselines: a receipt written by hand in one transaction with the statements the app sends (the
/// matter's balance moved by the poster's upsert, the journal number from the firm counter, the journal, its two
/// entries, the receipt, and its audit row sealed onto the chain), and the reconciliation's three sums.
/// </summary>
internal sealed class ClientMoneyRawSql(NpgsqlDataSource raw, BenchFirm firm, Guid account, IReadOnlyList<Guid> matters)
{
    public const string Totals = """
        SELECT account, SUM(amount_minor), COUNT(*) FROM ledger_entries
        WHERE firm_id = $1 AND bank_account_id = $2 AND posted_on <= $3 AND account IN (0, 2, 4)
        GROUP BY account
        """;

    private const string MoveBalance = """
        INSERT INTO matter_client_balances (firm_id, id, matter_id, bank_account_id, balance_minor, last_movement_on)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (firm_id, matter_id, bank_account_id) DO UPDATE
        SET balance_minor = matter_client_balances.balance_minor + $5,
            last_movement_on = CASE WHEN matter_client_balances.last_movement_on < $6 THEN $6 ELSE matter_client_balances.last_movement_on END
        """;
    private const string NextNumber = """
        INSERT INTO firm_counters (firm_id, name, value) VALUES ($1, 'ledger-journal', 1)
        ON CONFLICT (firm_id, name) DO UPDATE SET value = firm_counters.value + 1 RETURNING value
        """;
    private const string InsertJournal = """
        INSERT INTO ledger_journals (firm_id, id, number, kind, posted_on, entered_at, entered_by_user_id, description, reference)
        VALUES ($1, $2, $3, 0, $4, $5, $6, 'Received from Bench client', 'BENCH')
        """;
    private const string InsertEntry = """
        INSERT INTO ledger_entries (firm_id, id, journal_id, account, bank_account_id, matter_id, amount_minor, posted_on, entered_at, description)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'Received from Bench client')
        """;
    private const string InsertReceipt = """
        INSERT INTO client_receipts (firm_id, id, bank_account_id, matter_id, amount_minor, office_amount_minor, received_on, banked_on, payer, method,
            reference, journal_id, received_by_user_id, created_at, allocated_at)
        VALUES ($1, $2, $3, $4, $5, 0, $6, $6, 'Bench client', 0, 'BENCH', $7, $8, $9, $9)
        """;

    public async ValueTask<bool> ReceiptAsync(CancellationToken ct)
    {
        var (f, u, matter, amount, day, now) = (firm.FirmId, firm.UserId, matters[Random.Shared.Next(matters.Count)], Random.Shared.Next(100, 500_000) * 10L,
            TimeSeeder.Today, DateTime.UtcNow);
        var (journal, receipt) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using var conn = await raw.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Exec(conn, tx, MoveBalance, ct, f, Guid.CreateVersion7(), matter, account, amount, day);
        var number = (long)(await Scalar(conn, tx, NextNumber, ct, f))!;
        await Exec(conn, tx, "UPDATE audit_chain_heads SET last_seq = last_seq WHERE firm_id = $1", ct, f);
        long seq;
        string head;
        await using (var read = new NpgsqlCommand("SELECT last_seq, last_hash FROM audit_chain_heads WHERE firm_id = $1 LIMIT 2", conn, tx))
        {
            read.Parameters.Add(new() { Value = f });
            await using var reader = await read.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (seq, head) = (reader.GetInt64(0), reader.GetString(1));
        }
        var details = JsonSerializer.Serialize(new { matterId = matter, bankAccountId = account, amountMinor = amount, receivedOn = day, journal = LedgerPoster.FormatNumber(number) },
            JsonSerializerOptions.Web);
        var e = AuditEvent.Create(f, now, u, AuditAction.ReceiptRecorded, "ClientReceipt", receipt, AuditOutcome.Success, "127.0.0.1", details);
        (e.Seq, e.PreviousHash) = (seq + 1, head);
        e.Hash = AuditHasher.Hash(head, e);

        await using var batch = new NpgsqlBatch(conn, tx);
        batch.BatchCommands.Add(Command(InsertJournal, f, journal, number, day, now, u));
        batch.BatchCommands.Add(Command(InsertEntry, f, Guid.CreateVersion7(), journal, (int)LedgerAccountKind.ClientBank, account, DBNull.Value, amount, day, now));
        batch.BatchCommands.Add(Command(InsertEntry, f, Guid.CreateVersion7(), journal, (int)LedgerAccountKind.ClientLedger, account, matter, -amount, day, now));
        batch.BatchCommands.Add(Command(InsertReceipt, f, receipt, account, matter, amount, day, journal, u, now));
        batch.BatchCommands.Add(Command("""
            INSERT INTO audit_events (firm_id, id, seq, at, actor_id, action, target_type, target_id, outcome, ip_address, details, previous_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, 'ClientReceipt', $7, 0, '127.0.0.1', $8, $9, $10)
            """, f, Guid.CreateVersion7(), e.Seq, e.At, u, (int)AuditAction.ReceiptRecorded, receipt, details, head, e.Hash));
        batch.BatchCommands.Add(Command("UPDATE audit_chain_heads SET last_hash = $1, last_seq = $2 WHERE firm_id = $3", e.Hash, e.Seq, f));
        await batch.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The reconciliation's three sums at the statement date, read in full.</summary>
    public async ValueTask<bool> TotalsAsync(CancellationToken ct)
    {
        await using var cmd = raw.CreateCommand(Totals);
        cmd.Parameters.Add(new() { Value = firm.FirmId });
        cmd.Parameters.Add(new() { Value = account });
        cmd.Parameters.Add(new() { Value = LedgerSeeder.OpenStatementDate });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = 0;
        while (await reader.ReadAsync(ct))
            rows++;
        return rows > 0;
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

    private static async Task<object?> Scalar(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct, params object[] values)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var v in values)
            cmd.Parameters.Add(new() { Value = v });
        return await cmd.ExecuteScalarAsync(ct);
    }
}
