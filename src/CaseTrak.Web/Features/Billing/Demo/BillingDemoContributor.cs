using System.Diagnostics;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The demo firm's billing (issue 5): grades, targets and rates at every level; a year of time on the open
/// matters of clients with complete due diligence (weekdays less bank holidays, 3–7 entries a fee earner a day);
/// disbursements; fixed-fee conveyancing in stages; and bills in every state — drafts, final unpaid (some over
/// 90 days), part paid, paid, requests for payment, one void, full and partial credit notes, an overpayment.
/// Deterministic (fixed seed, dates relative to today). Built in memory with the invariants the handlers keep
/// (totals are the sums of lines, VAT per line, items' statuses follow their bill, paid and credited amounts
/// follow the allocations and credit notes), numbered from the firm counters in date order inside one transaction
/// so later bills continue the sequences, and saved in one go.
/// </summary>
internal sealed class BillingDemoContributor(AppDbContext db, FirmCounters counters, TimeProvider clock, ILogger<BillingDemoContributor> log)
    : IDemoContributor
{
    public const int Seed = 20_261_127;

    public int Order => 400;

    public async Task SeedAsync(DemoFirm firm, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(Seed);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var world = await BillingDemoWorld.LoadAsync(db, firm, today, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var setup = BillingDemoSetup.Add(db, rng, world);
        var work = BillingDemoWork.Build(rng, world, setup);
        var bills = new BillingDemoBills(rng, world, setup, work);
        bills.Build();
        await bills.NumberAsync(counters, ct);
        db.AddRange(work.Time);
        db.AddRange(work.Disbursements);
        bills.AddTo(db);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Demo billing seeded: {Time} time entries, {Disbursements} disbursements, {Bills} bills, {Credits} credit notes, {Payments} payments in {Ms} ms",
            work.Time.Count, work.Disbursements.Count, bills.Invoices.Count, bills.CreditNotes.Count, bills.Payments.Count,
            (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
