using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Status">unbilled, draft, billed or writtenOff.</param>
/// <param name="Approval">notRequired, pending or approved.</param>
public sealed record ListTimeEntriesQuery(Guid? MatterId = null, Guid? UserId = null, DateOnly? From = null, DateOnly? To = null,
    string? Status = null, string? Approval = null, int? Limit = null, string? Cursor = null);

/// <summary>Time entries, newest day first; the barrier filter leaves out matters the caller cannot see.</summary>
public sealed class ListTimeEntriesHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<Page<TimeEntryDto>> HandleAsync(ListTimeEntriesQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        if (query is { From: { } f, To: { } t } && t < f)
            throw new RequestValidationException("to", "The end of the range must not be before its start.");
        var entries = db.Set<TimeEntry>().AsNoTracking();
        if (query.MatterId is { } matterId)
            entries = entries.Where(e => e.MatterId == matterId);
        if (query.UserId is { } userId)
            entries = entries.Where(e => e.UserId == userId);
        if (query.From is { } from)
            entries = entries.Where(e => e.Date >= from);
        if (query.To is { } to)
            entries = entries.Where(e => e.Date <= to);
        if (ApiEnums.ParseOptional<WipStatus>(query.Status, "status") is { } status)
            entries = entries.Where(e => e.Status == status);
        if (ApiEnums.ParseOptional<TimeApproval>(query.Approval, "approval") is { } approval)
            entries = entries.Where(e => e.Approval == approval);
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly on, out var id))
            entries = entries.Where(e => e.Date < on || (e.Date == on && e.Id.CompareTo(id) < 0));
        var rows = await entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(limit + 1).ToListAsync(ct);
        return Paging.From(rows.Select(TimeEntryDto.From).ToList(), limit, e => KeysetCursor.Format(e.Date, e.Id));
    }

    public async Task<TimeEntryDto> GetAsync(Guid id, CancellationToken ct) =>
        TimeEntryDto.From(await db.Set<TimeEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw await guard.NotFoundAsync<TimeEntry>(id, ct));
}
