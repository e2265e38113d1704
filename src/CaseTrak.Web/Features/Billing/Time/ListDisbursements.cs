using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record ListDisbursementsQuery(Guid? MatterId = null, DateOnly? From = null, DateOnly? To = null, string? Status = null,
    bool? Paid = null, int? Limit = null, string? Cursor = null);

/// <summary>Disbursements, newest day first.</summary>
public sealed class ListDisbursementsHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<Page<DisbursementDto>> HandleAsync(ListDisbursementsQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var rows = db.Set<Disbursement>().AsNoTracking();
        if (query.MatterId is { } matterId)
            rows = rows.Where(d => d.MatterId == matterId);
        if (query.From is { } from)
            rows = rows.Where(d => d.Date >= from);
        if (query.To is { } to)
            rows = rows.Where(d => d.Date <= to);
        if (ApiEnums.ParseOptional<WipStatus>(query.Status, "status") is { } status)
            rows = rows.Where(d => d.Status == status);
        if (query.Paid is { } paid)
            rows = rows.Where(d => d.Paid == paid);
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly on, out var id))
            rows = rows.Where(d => d.Date < on || (d.Date == on && d.Id.CompareTo(id) < 0));
        var list = await rows.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Take(limit + 1).ToListAsync(ct);
        return Paging.From(list.Select(DisbursementDto.From).ToList(), limit, d => KeysetCursor.Format(d.Date, d.Id));
    }

    public async Task<DisbursementDto> GetAsync(Guid id, CancellationToken ct) =>
        DisbursementDto.From(await db.Set<Disbursement>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw await guard.NotFoundAsync<Disbursement>(id, ct));
}
