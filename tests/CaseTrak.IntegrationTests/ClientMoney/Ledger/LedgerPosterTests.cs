using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.ClientMoney.Ledger;

/// <summary>The poster on its own, against the real database: the guarantees every client-money route relies on.</summary>
public sealed class LedgerPosterTests(TestApp app)
{
    [Fact]
    public async Task Ten_parallel_withdrawals_of_thirty_pounds_from_one_hundred_pounds_leave_exactly_three_posted_and_ten_pounds_held()
    {
        var (firm, matter, account) = await FirmWithAccountAsync();
        await PostAsync(firm, Receipt(matter, account, 100_00));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try { await PostAsync(firm, Payment(matter, account, 30_00)); return "posted"; }
            catch (DomainRuleException e) { return e.Code; }
        }));

        Assert.Equal(3, outcomes.Count(o => o == "posted"));
        Assert.Equal(7, outcomes.Count(o => o == "client_money.insufficient_funds"));
        var (held, fromEntries) = await firm.WithDbAsync(async db => (
            await db.Set<MatterClientBalance>().Where(b => b.MatterId == matter).Select(b => b.BalanceMinor).SingleAsync(),
            -await db.Set<LedgerEntry>().Where(e => e.MatterId == matter && e.Account == LedgerAccountKind.ClientLedger).SumAsync(e => e.AmountMinor)));
        Assert.Equal(10_00, held);
        Assert.Equal(10_00, fromEntries);
    }

    [Fact]
    public async Task Journal_numbers_run_without_gaps_even_when_a_posting_is_refused()
    {
        var (firm, matter, account) = await FirmWithAccountAsync();
        var first = await PostAsync(firm, Receipt(matter, account, 50_00));
        await Assert.ThrowsAsync<DomainRuleException>(() => PostAsync(firm, Payment(matter, account, 60_00)));
        var second = await PostAsync(firm, Payment(matter, account, 50_00));

        Assert.Equal(first.Number + 1, second.Number);
        Assert.Equal(4, await firm.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.BankAccountId == account)));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_a_ledger_entry()
    {
        var (firm, matter, account) = await FirmWithAccountAsync();
        var journal = await PostAsync(firm, Receipt(matter, account, 25_00));

        await Assert.ThrowsAnyAsync<Exception>(() => RawSql.ExecuteAsync(app, $"UPDATE ledger_entries SET amount_minor = 1 WHERE journal_id = {journal.Id}"));
        await Assert.ThrowsAnyAsync<Exception>(() => RawSql.ExecuteAsync(app, $"DELETE FROM ledger_journals WHERE id = {journal.Id}"));
        Assert.Equal(2, await firm.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.JournalId == journal.Id && e.AmountMinor != 1)));
    }

    private static JournalDraft Receipt(Guid matter, Guid account, long pence) => new(JournalKind.Receipt, new DateOnly(2026, 11, 2), "Funds for completion", null,
        [new(LedgerAccountKind.ClientBank, account, null, pence), new(LedgerAccountKind.ClientLedger, account, matter, -pence)]);

    private static JournalDraft Payment(Guid matter, Guid account, long pence) => new(JournalKind.Payment, new DateOnly(2026, 11, 3), "Search fees", null,
        [new(LedgerAccountKind.ClientLedger, account, matter, pence), new(LedgerAccountKind.ClientBank, account, null, -pence)]);

    private static async Task<LedgerJournal> PostAsync(TestFirm firm, JournalDraft draft) => (await firm.PostJournalAsync(draft)).Journal;

    private async Task<(TestFirm Firm, Guid Matter, Guid Account)> FirmWithAccountAsync()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = (await firm.OpenMatterAsync()).Id();
        var account = await firm.AddClientAccountAsync();
        return (firm, matter, account);
    }
}
