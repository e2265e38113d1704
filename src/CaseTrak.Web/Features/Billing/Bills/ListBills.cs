using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Status">"draft", "final" or "void".</param>
/// <param name="View">"drafts", "unpaid" (final with something outstanding) or "overdue" (unpaid past its due date).</param>
public sealed record ListBillsQuery(string? Status = null, Guid? MatterId = null, Guid? ClientId = null, string? View = null, int? Limit = null, string? Cursor = null);

/// <summary>Bills newest first, filtered by status, matter, client or a view (drafts, unpaid, overdue).</summary>
public sealed class ListBillsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Page<BillSummaryDto>> HandleAsync(ListBillsQuery query, CancellationToken ct)
    {
        var take = Paging.Clamp(query.Limit);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var bills = db.Set<Invoice>().AsNoTracking();
        if (ApiEnums.ParseOptional<InvoiceStatus>(query.Status, "status") is { } status)
            bills = bills.Where(i => i.Status == status);
        if (query.MatterId is { } m)
            bills = bills.Where(i => i.MatterId == m);
        if (query.ClientId is { } c)
            bills = bills.Where(i => i.ClientId == c);
        bills = query.View switch
        {
            null or "" or "all" => bills,
            "drafts" => bills.Where(i => i.Status == InvoiceStatus.Draft),
            "unpaid" => bills.Where(i => i.Status == InvoiceStatus.Final && i.TotalMinor - i.PaidMinor - i.CreditedMinor > 0),
            "overdue" => bills.Where(i => i.Status == InvoiceStatus.Final && i.TotalMinor - i.PaidMinor - i.CreditedMinor > 0 && i.DueOn < today),
            _ => throw new Platform.Errors.RequestValidationException("view", "Choose one of: drafts, unpaid, overdue."),
        };
        if (KeysetCursor.TryParse(query.Cursor, out DateTime at, out Guid after))
            bills = bills.Where(i => i.CreatedAt < at || (i.CreatedAt == at && i.Id.CompareTo(after) < 0));
        var rows = await bills.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(take + 1)
            .Select(i => new
            {
                i,
                Reference = db.Set<Matter>().Where(x => x.Id == i.MatterId).Select(x => x.Reference).FirstOrDefault(),
                Client = db.Set<Contact>().Where(x => x.Id == i.ClientId).Select(x => x.DisplayName).FirstOrDefault(),
            }).ToListAsync(ct);
        var items = rows.Select(r => new BillSummaryDto(r.i.Id, r.i.Status, r.i.Kind, r.i.Number, r.i.RequestNumber, r.i.MatterId, r.Reference ?? "",
            r.i.ClientId, r.Client ?? "", r.i.IssuedOn, r.i.DueOn, r.i.NetMinor, r.i.VatMinor, r.i.TotalMinor, r.i.PaidMinor, r.i.CreditedMinor,
            r.i.OutstandingMinor, BillDates.Overdue(r.i, today), r.i.Currency, r.i.CreatedAt)).ToList();
        return Paging.From(items, take, r => KeysetCursor.Format(r.CreatedAt, r.Id));
    }
}
