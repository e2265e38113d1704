using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record ApproveTimeEntriesRequest([property: Required, MinLength(1, ErrorMessage = "Choose the entries to approve."), MaxLength(500)] Guid[] Ids);

/// <summary>A Partner or administrator approves pending time, so it can be billed. Already approved entries are left as they are.</summary>
public sealed class ApproveTimeEntriesHandler(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<TimeEntryDto>> HandleAsync(ApproveTimeEntriesRequest request, CancellationToken ct)
    {
        var actor = await me.LoadAsync(ct);
        BillingAccess.EnsureManager(actor, "approve time");
        var ids = (request.Ids ?? []).Distinct().ToList();
        if (ids.Count == 0)
            throw new RequestValidationException("ids", "Choose the entries to approve.");
        var entries = await db.Set<TimeEntry>().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (entries.Count != ids.Count)
            throw new NotFoundException("Time entry");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries.Where(e => e.Approval == TimeApproval.Pending))
        {
            entry.Approval = TimeApproval.Approved;
            entry.ApprovedByUserId = actor.Id;
            entry.UpdatedAt = now;
            entry.Version++;
            audit.Record(AuditAction.TimeApproved, "TimeEntry", entry.Id, details: new { matterId = entry.MatterId });
        }
        await db.SaveChangesAsync(ct);
        return entries.OrderBy(e => ids.IndexOf(e.Id)).Select(TimeEntryDto.From).ToList();
    }
}
