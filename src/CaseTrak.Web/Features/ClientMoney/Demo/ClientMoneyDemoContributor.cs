using System.Diagnostics;
using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// The demo firm's client money (issue 6): a client and an office account; a year of receipts, payments and
/// transfers to office against the billing demo's delivered bills on about 60 matters; one client → client transfer
/// with authority, a receipt in suspense, payment requests awaiting approval (one above the second-approval
/// threshold with its first approval), a breach recorded and corrected, a residual balance paid to charity; one
/// signed-off reconciliation three weeks ago and one open. Every posting goes through <see cref="LedgerPoster"/>
/// inside one transaction, in date order, so the balances are exactly what the handlers would have kept.
/// </summary>
internal sealed class ClientMoneyDemoContributor(AppDbContext db, LedgerPoster poster, TimeProvider clock, ILogger<ClientMoneyDemoContributor> log)
    : IDemoContributor
{
    public const int Seed = 20_261_128;
    public const int MatterCount = 60;

    public int Order => 500;

    public async Task SeedAsync(DemoFirm firm, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(Seed);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var world = await BillingDemoWorld.LoadAsync(db, firm, today, ct);
        var matters = world.Matters.Take(MatterCount + 1).ToList();
        if (matters.Count < 4)
            return;
        var ids = matters.Select(m => m.Id).ToList();
        var bills = await db.Set<Invoice>()
            .Where(b => ids.Contains(b.MatterId) && b.Status == InvoiceStatus.Final && b.Kind == InvoiceKind.Invoice && b.DeliveredOn != null)
            .OrderBy(b => b.DeliveredOn).ToListAsync(ct);
        bills = bills.Where(b => b.OutstandingMinor > 0).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (client, office) = Accounts(world, firm, today);
        db.AddRange(client, office);
        await db.SaveChangesAsync(ct);

        var plan = new ClientMoneyDemoPlan(rng, today, bills);
        var residual = matters[^1];
        for (var i = 0; i < matters.Count - 1; i++)
            plan.Matter(matters[i], i);
        new ClientMoneyDemoExtras(db, firm, today).Plan(plan, matters.SkipLast(1).ToList(), residual, client.Id);
        var books = new ClientMoneyDemoBooks(db, poster, firm, client.Id);
        foreach (var move in plan.Moves.OrderBy(m => m.On))
            await move.Post(books, ct);
        await db.SaveChangesAsync(ct);
        await new ClientMoneyDemoReconciliations(db, firm, client.Id, today).AddAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Demo client money seeded: {Moves} postings on {Matters} matters in {Ms} ms",
            plan.Moves.Count, matters.Count, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static (BankAccount Client, BankAccount Office) Accounts(BillingDemoWorld world, DemoFirm firm, DateOnly today)
    {
        var opened = today.AddDays(-800);
        var at = ClientMoneyDemoBooks.At(opened, 9);
        var admin = firm.Users["admin"].Id;
        const string sortCode = "200000"; // stored as six digits, shown as 20-00-00
        return (
            new BankAccount
            {
                Kind = BankAccountKind.Client, Name = $"{world.FirmRow.Name} Client Account", BankName = "Barclays Bank plc", SortCode = sortCode,
                AccountNumber = BankAccountRules.NormaliseAccountNumber("43218765")!, OpenedOn = opened, CreatedByUserId = admin, CreatedAt = at, Version = 1,
            },
            new BankAccount
            {
                Kind = BankAccountKind.Office, Name = $"{world.FirmRow.Name} Office Account", BankName = "Barclays Bank plc", SortCode = sortCode,
                AccountNumber = BankAccountRules.NormaliseAccountNumber("12345678")!, OpenedOn = opened, CreatedByUserId = admin, CreatedAt = at, Version = 1,
            });
    }

}
