using CaseTrak.Web.Features.ClientMoney;
using Npgsql;
using T = NpgsqlTypes.NpgsqlDbType;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// A reconciliation of the client account for every month of the seeded ledger, signed off with its figures frozen,
/// and the open one for <see cref="LedgerSeeder.OpenStatementDate"/>; each month's statement lines are that month's
/// cash-book entries, matched (the open one's last <see cref="LedgerSeeder.OpenUnmatched"/> lines not yet).
/// </summary>
internal sealed class StatementSeeder(BenchFirm firm, LedgerPlan plan, TextWriter log)
{
    public static Guid OpenReconciliation(BenchFirm firm) => StableIds.For(StableIds.Reconciliation, MonthIndex(LedgerSeeder.OpenStatementDate));

    private static readonly DateOnly First = LedgerPlan.DateOf(0);

    private static int MonthIndex(DateOnly d) => (d.Year - First.Year) * 12 + d.Month - First.Month;

    private static DateOnly MonthEnd(int index)
    {
        var start = new DateOnly(First.Year, First.Month, 1).AddMonths(index);
        return start.AddMonths(1).AddDays(-1);
    }

    public async Task SeedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var months = MonthIndex(LedgerSeeder.OpenStatementDate) + 1;
        var closing = new long[months];
        var lastJournal = new long[months];
        var lastOfOpen = -1;
        long running = 0;
        for (var j = 0; j < plan.Count; j++)
        {
            var m = MonthIndex(LedgerPlan.DateOf(plan.Day[j]));
            if (m >= months)
                break;
            running += plan.Amount[j];
            closing[m] = running;
            lastJournal[m] = j + 1L;
            if (m == months - 1)
                lastOfOpen = j;
        }
        for (var m = 1; m < months; m++)
            (closing[m], lastJournal[m]) = closing[m] == 0 ? (closing[m - 1], lastJournal[m - 1]) : (closing[m], lastJournal[m]);
        var (f, u) = (firm.FirmId, firm.UserId);
        var copy = new BinaryCopy(conn);
        await copy.CopyAsync("reconciliations", ["firm_id", "id", "bank_account_id", "statement_date", "statement_balance_minor", "status", "cash_book_minor",
            "client_ledgers_minor", "suspense_minor", "created_by_user_id", "created_at", "signed_off_by_user_id", "signed_off_at", "version", "settled_before", "journals_through"],
            Enumerable.Range(0, months).Select(m =>
            {
                var open = m == months - 1;
                var at = MonthEnd(m).AddDays(3).ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc);
                return new object?[] { f, StableIds.For(StableIds.Reconciliation, m), LedgerSeeder.ClientAccount, MonthEnd(m), closing[m],
                    (int)(open ? ReconciliationStatus.Open : ReconciliationStatus.SignedOff), open ? null : closing[m], open ? null : closing[m], open ? null : 0L,
                    u, at, open ? null : u, open ? null : at, open ? 1 : 2,
                    // Every line of a signed-off month is matched: nothing older than its month end is outstanding.
                    open ? null : MonthEnd(m).AddDays(1), open ? null : lastJournal[m] };
            }),
            [T.Uuid, T.Uuid, T.Uuid, T.Date, T.Bigint, T.Integer, T.Bigint, T.Bigint, T.Bigint, T.Uuid, T.TimestampTz, T.Uuid, T.TimestampTz, T.Integer,
             T.Date, T.Bigint], ct);

        var started = DateTime.UtcNow;
        var lines = await BulkLoad.WithoutIndexesAsync(conn, "statement_lines", () => copy.CopyAsync("statement_lines",
            ["firm_id", "id", "reconciliation_id", "bank_account_id", "date", "description", "amount_minor", "external_id", "matched_entry_id", "match_kind"],
            Enumerable.Range(0, lastOfOpen + 1).Select(j =>
            {
                var on = LedgerPlan.DateOf(plan.Day[j]);
                var matched = j <= lastOfOpen - LedgerSeeder.OpenUnmatched;
                return new object?[] { f, StableIds.For(StableIds.StatementLine, j), StableIds.For(StableIds.Reconciliation, MonthIndex(on)), LedgerSeeder.ClientAccount,
                    on, plan.Amount[j] > 0 ? "BGC PAYMENT ON ACCOUNT" : "FPO THIRD PARTY", plan.Amount[j], $"bench-{j}",
                    matched ? LedgerSeeder.EntryId(j) : null, (int)(matched ? StatementMatchKind.Auto : StatementMatchKind.None) };
            }),
            [T.Uuid, T.Uuid, T.Uuid, T.Uuid, T.Date, T.Varchar, T.Bigint, T.Varchar, T.Uuid, T.Integer], ct), ct);
        log.WriteLine($"    reconciliations: {months} ({months - 1} signed off), statement lines: {lines:N0} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }
}
