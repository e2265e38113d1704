using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="UpTo">Work dated on or before this day is billed.</param>
/// <param name="FeeEarnerId">Only matters this fee earner is responsible for.</param>
/// <param name="MatterIds">Only these matters.</param>
public sealed record BillingRunRequest(
    DateOnly? UpTo,
    Guid? FeeEarnerId = null,
    Guid? PracticeAreaId = null,
    [property: MaxLength(10_000)] IReadOnlyList<Guid>? MatterIds = null);

/// <param name="Reason">"fixedFee" (its stages are billed by hand) or "draftExists" (finish or delete that draft first).</param>
public sealed record BillingRunSkip(Guid MatterId, string Reason);

/// <param name="Matters">Matters with unbilled work in scope, billed or skipped.</param>
public sealed record BillingRunResult(Guid RunId, int Matters, int Bills, int Lines, long NetMinor, long VatMinor, long TotalMinor,
    IReadOnlyList<BillingRunSkip> Skipped)
{
    public string Currency => "GBP";
}

/// <summary>
/// A billing run: drafts one bill per matter that has unbilled billable (approved, where approval is required) time
/// or unbilled disbursements dated on or before <see cref="BillingRunRequest.UpTo"/>, the same draft
/// <see cref="DraftBillHandler"/> makes by hand for "all unbilled work". Fixed-fee matters and matters that already
/// have a draft are skipped. Only matters the user can see (tenant and barrier filters) are considered. The work is
/// set-based, one transaction per batch of matters (<see cref="BillingRunBatch"/>), so a run over thousands of
/// matters costs a few statements per batch, not a few per bill.
/// </summary>
public sealed class RunBillingHandler(AppDbContext db, CurrentUser me, BillWork work, AuditLog audit, TimeProvider clock)
{
    /// <summary>Matters per transaction: large enough to amortise the statements, small enough to keep locks short.</summary>
    internal const int BatchSize = 500;

    /// <summary>A batch's statements each touch thousands of rows; on a busy server one can outlast the 30 s default.</summary>
    private static readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(5);

    public async Task<BillingRunResult> HandleAsync(BillingRunRequest request, CancellationToken ct)
    {
        if (request.UpTo is not { } upTo)
            throw new RequestValidationException("upTo", "Enter the date to bill work up to.");
        BillingAccess.EnsureManager(await me.LoadAsync(ct), "run billing");
        var settings = await work.SettingsAsync(ct);
        var scope = new BillingRunScope(upTo, settings.RequireTimeApproval);
        var candidates = await CandidatesAsync(request, scope, ct);

        var skipped = candidates.Where(c => c.FixedFee || c.HasDraft)
            .Select(c => new BillingRunSkip(c.MatterId, c.FixedFee ? "fixedFee" : "draftExists")).ToList();
        var toBill = candidates.Where(c => !c.FixedFee && !c.HasDraft).ToList();

        db.Database.SetCommandTimeout(StatementTimeout); // the pooled context resets it when returned
        var runId = Guid.CreateVersion7();
        var batch = new BillingRunBatch(db, audit, me.Id, runId, settings.DefaultVatRateBp, scope);
        var totals = new List<DraftedBill>();
        foreach (var chunk in toBill.Chunk(BatchSize))
        {
            var drafted = await batch.DraftAsync(chunk, clock.GetUtcNow().UtcDateTime, ct);
            totals.AddRange(drafted);
            skipped.AddRange(chunk.Select(c => c.MatterId).Except(drafted.Select(d => d.MatterId)).Select(m => new BillingRunSkip(m, "nothingToBill")));
        }

        var result = new BillingRunResult(runId, candidates.Count, totals.Count, totals.Sum(t => t.Lines),
            totals.Sum(t => t.NetMinor), totals.Sum(t => t.VatMinor), totals.Sum(t => t.TotalMinor), skipped);
        audit.Record(AuditAction.BillingRunCompleted, "BillingRun", runId, details: new
        {
            upTo, request.FeeEarnerId, request.PracticeAreaId, matterIds = request.MatterIds?.Count,
            result.Matters, result.Bills, result.Lines, result.NetMinor, result.VatMinor, result.TotalMinor, skipped = skipped.Count,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>
    /// Matters in scope that have work the run would bill. Read through the model, so the tenant and barrier filters
    /// decide what the user can see; the existence tests use the (firm, matter, status, date) indexes.
    /// </summary>
    private async Task<List<RunCandidate>> CandidatesAsync(BillingRunRequest request, BillingRunScope scope, CancellationToken ct)
    {
        var matters = db.Set<Matter>().AsNoTracking();
        if (request.FeeEarnerId is { } feeEarner)
            matters = matters.Where(m => m.ResponsibleUserId == feeEarner);
        if (request.PracticeAreaId is { } area)
            matters = matters.Where(m => m.PracticeAreaId == area);
        if (request.MatterIds is { } ids)
        {
            var wanted = ids.Distinct().ToList();
            matters = matters.Where(m => wanted.Contains(m.Id));
        }
        var time = db.Set<TimeEntry>().Where(scope.Time()).Where(t => t.Billability == Billability.Billable);
        var disbursements = db.Set<Disbursement>().Where(scope.Disbursements());
        return await matters
            .Where(m => time.Any(t => t.MatterId == m.Id) || disbursements.Any(d => d.MatterId == m.Id))
            .OrderBy(m => m.Id)
            .Select(m => new RunCandidate(m.Id, m.ClientId,
                db.Set<FeeArrangement>().Any(a => a.MatterId == m.Id && a.Kind == FeeArrangementKind.FixedFee),
                db.Set<Invoice>().Any(i => i.MatterId == m.Id && i.Status == InvoiceStatus.Draft)))
            .ToListAsync(ct);
    }
}

internal sealed record RunCandidate(Guid MatterId, Guid ClientId, bool FixedFee, bool HasDraft);

internal sealed record DraftedBill(Guid InvoiceId, Guid MatterId, int Lines, int TimeEntries, int Disbursements, long NetMinor, long VatMinor, long TotalMinor);

/// <summary>What a run bills: the same tests as <see cref="DraftBillHandler"/> for "all unbilled work", plus the date.</summary>
internal sealed record BillingRunScope(DateOnly UpTo, bool RequireApproval)
{
    public System.Linq.Expressions.Expression<Func<TimeEntry, bool>> Time()
    {
        var (upTo, approval) = (UpTo, RequireApproval);
        return t => t.Status == WipStatus.Unbilled && t.Billability != Billability.NonBillable && t.Date <= upTo
            && (!approval || t.Approval != TimeApproval.Pending);
    }

    public System.Linq.Expressions.Expression<Func<Disbursement, bool>> Disbursements()
    {
        var upTo = UpTo;
        return d => d.Status == WipStatus.Unbilled && d.Date <= upTo;
    }
}
