using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.ClientMoney.Properties;

/// <summary>
/// Property-based (FsCheck): random sequences of receipts, payment requests and approvals, client → client transfers and
/// reversals, played through the API on a fresh firm, never take a client ledger below zero; every journal balances;
/// the kept balances equal the ledger; the cash book equals the client ledgers plus suspense; and the app refuses a
/// step with `client_money.insufficient_funds` exactly when the model says it would overdraw.
/// </summary>
public sealed class ClientMoneyPropertyTests(TestApp app)
{
    public const int Sequences = 12, Steps = 10;

    [Fact]
    public void Random_sequences_of_postings_never_overdraw_a_client_ledger_and_keep_every_book_in_balance()
    {
        var property = Prop.ForAll(MoneyOperations.Sequences(Steps), Holds);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Sequences).WithQuietOnSuccess(true), property);
    }

    /// <summary>FsCheck's runner is synchronous: each sequence runs on the thread pool and is awaited here.</summary>
    private bool Holds(MoneyOp[] ops) => Task.Run(async () =>
    {
        var runner = await MoneySequenceRunner.StartAsync(app);
        await runner.RunAsync(ops);
        await AssertBooksAsync(runner);
        return true;
    }).GetAwaiter().GetResult();

    private static async Task AssertBooksAsync(MoneySequenceRunner runner)
    {
        var (balances, unbalanced, ledgers, cashBook, suspenseEntries, suspenseKept) = await runner.Firm.WithDbAsync(async db =>
        {
            var entries = db.Set<LedgerEntry>().IgnoreQueryFilters([AppDbContext.BarrierFilter]).AsNoTracking();
            return (
                await db.Set<MatterClientBalance>().IgnoreQueryFilters([AppDbContext.BarrierFilter]).AsNoTracking()
                    .Select(b => new { b.MatterId, b.BankAccountId, b.BalanceMinor }).ToListAsync(),
                await entries.GroupBy(e => e.JournalId).Select(g => new { g.Key, Sum = g.Sum(e => e.AmountMinor) }).Where(g => g.Sum != 0).CountAsync(),
                await entries.Where(e => e.Account == LedgerAccountKind.ClientLedger).GroupBy(e => new { e.MatterId, e.BankAccountId })
                    .Select(g => new { g.Key.MatterId, g.Key.BankAccountId, Held = -g.Sum(e => e.AmountMinor) }).ToListAsync(),
                await entries.Where(e => e.Account == LedgerAccountKind.ClientBank && e.BankAccountId == runner.Account).SumAsync(e => (long?)e.AmountMinor) ?? 0,
                -(await entries.Where(e => e.Account == LedgerAccountKind.Suspense && e.BankAccountId == runner.Account).SumAsync(e => (long?)e.AmountMinor) ?? 0),
                await db.Set<BankAccount>().AsNoTracking().Where(a => a.Id == runner.Account).Select(a => a.SuspenseMinor).SingleAsync());
        });

        Assert.All(balances, b => Assert.True(b.BalanceMinor >= 0, $"Matter {b.MatterId} holds {b.BalanceMinor}p"));
        Assert.Equal(0, unbalanced);
        Assert.Equal(
            ledgers.Where(l => l.Held != 0).OrderBy(l => l.MatterId).Select(l => (l.MatterId!.Value, l.BankAccountId, l.Held)),
            balances.Where(b => b.BalanceMinor != 0).OrderBy(b => b.MatterId).Select(b => (b.MatterId, b.BankAccountId, b.BalanceMinor)));
        Assert.Equal(suspenseKept, suspenseEntries);
        Assert.Equal(cashBook, ledgers.Sum(l => l.Held) + suspenseEntries);
        Assert.Equal(runner.Model.Balances, runner.Matters.Select(m => balances.Where(b => b.MatterId == m).Sum(b => b.BalanceMinor)));
    }
}
