using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record PaymentAllocationDto(Guid InvoiceId, string? InvoiceNumber, long AmountMinor, DateTime AllocatedAt);

public sealed record PaymentDto(
    Guid Id, Guid ClientId, string ClientName, DateOnly ReceivedOn, long AmountMinor, PaymentMethod Method, string? Payer, string? Reference,
    long AllocatedMinor, long RefundedMinor, long UnallocatedMinor, string Currency, IReadOnlyList<PaymentAllocationDto> Allocations, DateTime CreatedAt);

public sealed record RefundPaymentRequest(
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount of more than nothing.")] long AmountMinor,
    [property: Required(ErrorMessage = "Give the reason for the refund."), MaxLength(500)] string Reason);

/// <summary>Reads office-account payments with their allocations, and refunds what is left unallocated.</summary>
public sealed class PaymentsHandler(AppDbContext db, TenantGuard guard, CurrentUser me, AuditLog audit)
{
    internal static async Task<OfficePayment> LoadAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<OfficePayment>().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("OfficePayment");

    public async Task<PaymentDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await ToDtosAsync(db.Set<OfficePayment>().Where(p => p.Id == id), ct);
        return rows.Count == 1 ? rows[0] : throw await guard.NotFoundAsync<OfficePayment>(id, ct);
    }

    public async Task<Page<PaymentDto>> ListAsync(Guid? clientId, bool? unallocated, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Paging.Clamp(limit);
        var q = db.Set<OfficePayment>().AsQueryable();
        if (clientId is { } c)
            q = q.Where(p => p.ClientId == c);
        if (unallocated == true)
            q = q.Where(p => p.AmountMinor - p.AllocatedMinor - p.RefundedMinor > 0);
        if (KeysetCursor.TryParse(cursor, out DateTime at, out Guid after))
            q = q.Where(p => p.CreatedAt < at || (p.CreatedAt == at && p.Id.CompareTo(after) < 0));
        var rows = await ToDtosAsync(q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(take + 1), ct);
        return Paging.From(rows, take, r => KeysetCursor.Format(r.CreatedAt, r.Id));
    }

    public async Task RefundAsync(Guid id, RefundPaymentRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for the refund.");
        if (request.AmountMinor <= 0)
            throw new RequestValidationException("amountMinor", "Enter an amount of more than nothing.");
        var payment = await db.Set<OfficePayment>().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw await guard.NotFoundAsync<OfficePayment>(id, ct);
        BillingAccess.EnsureBillIssuer(await me.LoadAsync(ct), "refund a payment");
        if (request.AmountMinor > payment.UnallocatedMinor)
            throw new DomainRuleException("payment.exceeds_unallocated", "Only money not allocated to a bill can be refunded.");
        payment.RefundedMinor += request.AmountMinor;
        payment.Version++;
        audit.Record(AuditAction.PaymentRefunded, "OfficePayment", payment.Id, details: new { request.AmountMinor, reason = request.Reason.Trim() });
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<PaymentDto>> ToDtosAsync(IQueryable<OfficePayment> payments, CancellationToken ct)
    {
        var rows = await payments.AsNoTracking().Select(p => new
        {
            p, Client = db.Set<Contact>().Where(c => c.Id == p.ClientId).Select(c => c.DisplayName).FirstOrDefault(),
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.p.Id).ToList();
        var allocations = (await db.Set<PaymentAllocation>().AsNoTracking().Where(a => ids.Contains(a.PaymentId))
            .Select(a => new { a.PaymentId, a.InvoiceId, Number = db.Set<Invoice>().Where(i => i.Id == a.InvoiceId).Select(i => i.Number ?? i.RequestNumber).FirstOrDefault(),
                a.AmountMinor, a.AllocatedAt })
            .ToListAsync(ct)).ToLookup(a => a.PaymentId);
        return rows.Select(r => new PaymentDto(r.p.Id, r.p.ClientId, r.Client ?? "", r.p.ReceivedOn, r.p.AmountMinor, r.p.Method, r.p.Payer, r.p.Reference,
            r.p.AllocatedMinor, r.p.RefundedMinor, r.p.UnallocatedMinor, "GBP",
            allocations[r.p.Id].OrderBy(a => a.AllocatedAt).Select(a => new PaymentAllocationDto(a.InvoiceId, a.Number, a.AmountMinor, a.AllocatedAt)).ToList(),
            r.p.CreatedAt)).ToList();
    }
}
