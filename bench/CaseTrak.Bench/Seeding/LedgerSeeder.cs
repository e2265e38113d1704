using CaseTrak.Bench.Harness;
using CaseTrak.Web.Features.ClientMoney;
using Npgsql;
using T = NpgsqlTypes.NpgsqlDbType;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// Client money for scenario 10: a client and an office bank account; <see cref="Journals"/> journals of two entries
/// each on the client account (S 200k entries, M 2M, L 10M; receipts and payments out on open matters, one matter
/// with <see cref="HeavyRows"/> client-ledger rows), each matter's kept balance and the journal counter; and a
/// reconciliation per month, signed off, whose statement lines are matched to that month's cash-book entries, up to
/// the open one for last month (its last <see cref="OpenUnmatched"/> lines unmatched) that scenario 10 reads.
/// </summary>
internal sealed class LedgerSeeder(BenchFirm firm, IReadOnlyList<FirmSeeder.PlannedMatter> matters, TextWriter log)
{
    public const int HeavyRows = 10_000, OpenUnmatched = 20;
    public static readonly DateOnly OpenStatementDate = new(2026, 10, 31);

    public static int Journals(Profile p) => Math.Min(p.TimeEntries, 5_000_000);

    public static Guid ClientAccount => StableIds.For(StableIds.BankAccount, 0);

    public async Task SeedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var plan = new LedgerPlan(firm, matters, Journals(firm.Profile));
        var copy = new BinaryCopy(conn);
        var (f, u, now) = (firm.FirmId, firm.UserId, TimeSeeder.Today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        var opened = LedgerPlan.DateOf(-30);
        await copy.CopyAsync("bank_accounts", ["firm_id", "id", "kind", "name", "sort_code", "account_number", "currency", "opened_on", "suspense_minor",
            "created_by_user_id", "created_at", "version"],
            [[f, ClientAccount, (int)BankAccountKind.Client, $"{BenchFirm.FirmName} Client Account", "200000", "43218765", "GBP", opened, 0L, u, now, 1],
             [f, StableIds.For(StableIds.BankAccount, 1), (int)BankAccountKind.Office, $"{BenchFirm.FirmName} Office Account", "200000", "12345678", "GBP", opened, 0L, u, now, 1]],
            [T.Uuid, T.Uuid, T.Integer, T.Varchar, T.Varchar, T.Varchar, T.Varchar, T.Date, T.Bigint, T.Uuid, T.TimestampTz, T.Integer], ct);

        var started = DateTime.UtcNow;
        var journals = await BulkLoad.WithoutIndexesAsync(conn, "ledger_journals", () => copy.CopyAsync("ledger_journals",
            ["firm_id", "id", "number", "kind", "posted_on", "entered_at", "entered_by_user_id", "description", "reference"],
            Enumerable.Range(0, plan.Count).Select(j => new object?[] { f, StableIds.For(StableIds.LedgerJournal, j), j + 1L,
                (int)(plan.Amount[j] > 0 ? JournalKind.Receipt : JournalKind.Payment), LedgerPlan.DateOf(plan.Day[j]), At(plan.Day[j]), u,
                plan.Amount[j] > 0 ? "Payment on account" : "Payment to third party", $"REF{j:D7}" }),
            [T.Uuid, T.Uuid, T.Bigint, T.Integer, T.Date, T.TimestampTz, T.Uuid, T.Varchar, T.Varchar], ct), ct);
        var entries = await BulkLoad.WithoutIndexesAsync(conn, "ledger_entries", () => copy.CopyAsync("ledger_entries",
            ["firm_id", "id", "journal_id", "account", "bank_account_id", "matter_id", "amount_minor", "posted_on", "entered_at", "description"],
            Enumerable.Range(0, plan.Count).SelectMany(j => Entries(plan, j)),
            [T.Uuid, T.Uuid, T.Uuid, T.Integer, T.Uuid, T.Uuid, T.Bigint, T.Date, T.TimestampTz, T.Varchar], ct), ct);
        log.WriteLine($"    ledger: {journals:N0} journals, {entries:N0} entries in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");

        await copy.CopyAsync("matter_client_balances", ["firm_id", "id", "matter_id", "bank_account_id", "balance_minor", "last_movement_on"],
            matters.Where(m => plan.LastDay[m.Index] > 0 || m.Index == plan.HeavyMatter).Select(m => new object?[] { f, StableIds.For(StableIds.MatterClientBalance, m.Index),
                firm.MatterId(m.Index), ClientAccount, plan.Balances[m.Index], LedgerPlan.DateOf(plan.LastDay[m.Index]) }),
            [T.Uuid, T.Uuid, T.Uuid, T.Uuid, T.Bigint, T.Date], ct);
        await copy.CopyAsync("firm_counters", ["firm_id", "name", "value"], [[f, LedgerPoster.JournalCounter, (long)plan.Count]], [T.Uuid, T.Varchar, T.Bigint], ct);
        await new StatementSeeder(firm, plan, log).SeedAsync(conn, ct);
    }

    private IEnumerable<object?[]> Entries(LedgerPlan plan, int j)
    {
        var (journal, on, at, amount) = (StableIds.For(StableIds.LedgerJournal, j), LedgerPlan.DateOf(plan.Day[j]), At(plan.Day[j]), plan.Amount[j]);
        var text = amount > 0 ? "Payment on account" : "Payment to third party";
        yield return [firm.FirmId, EntryId(j), journal, (int)LedgerAccountKind.ClientBank, ClientAccount, null, amount, on, at, text];
        yield return [firm.FirmId, StableIds.For(StableIds.LedgerEntry, 2L * j + 1), journal, (int)LedgerAccountKind.ClientLedger, ClientAccount,
            firm.MatterId(plan.Matter[j]), -amount, on, at, text];
    }

    /// <summary>The cash-book (client bank) entry of journal j.</summary>
    public static Guid EntryId(int j) => StableIds.For(StableIds.LedgerEntry, 2L * j);

    private static DateTime At(int day) => LedgerPlan.DateOf(day).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
}
