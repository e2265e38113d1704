using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>One step of a payment's approval trail: "requested", "approved", "secondApproval", "rejected", "cancelled" or "paid".</summary>
public sealed record PaymentStepDto(string Step, Guid? UserId, string? UserName, DateTime At, string? Note = null);

public sealed record ClientPaymentDto(
    Guid Id, Guid MatterId, string MatterReference, string MatterTitle, Guid BankAccountId, string BankAccountName,
    long AmountMinor, string Currency, string Payee, string? PayeeSortCode, string? PayeeAccountNumber, string? PayeeReference,
    string Purpose, string Instruction, Guid? DisbursementId, DateOnly? PayOn, ClientPaymentStatus Status, bool NeedsSecondApproval,
    bool AwaitingSecondApproval, Guid RequestedByUserId, string RequestedByName, DateTime RequestedAt, Guid? FirstApproverUserId,
    string? RejectionReason, Guid? JournalId, string? JournalNumber, IReadOnlyList<PaymentStepDto> Trail, int Version);

/// <summary>Reads payment requests through the tenant and barrier filters: a missing, foreign or barred id is the same 404.</summary>
public sealed class ClientPaymentsQuery(AppDbContext db, TenantGuard guard)
{
    public async Task<ClientPayment> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var q = tracked ? db.Set<ClientPayment>() : db.Set<ClientPayment>().AsNoTracking();
        return await q.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw await guard.NotFoundAsync<ClientPayment>(id, ct);
    }

    public async Task<ClientPaymentDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await ToDtosAsync(db.Set<ClientPayment>().Where(p => p.Id == id), ct);
        return rows.Count == 1 ? rows[0] : throw await guard.NotFoundAsync<ClientPayment>(id, ct);
    }

    /// <param name="status">"requested", "approved", "paid", "rejected", "cancelled", or "open" (requested or approved).</param>
    public async Task<Page<ClientPaymentDto>> ListAsync(string? status, Guid? matterId, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Paging.Clamp(limit);
        var q = db.Set<ClientPayment>().AsQueryable();
        if (string.Equals(status, "open", StringComparison.OrdinalIgnoreCase))
            q = q.Where(p => p.Status == ClientPaymentStatus.Requested || p.Status == ClientPaymentStatus.Approved);
        else if (ApiEnums.ParseOptional<ClientPaymentStatus>(status, "status") is { } s)
            q = q.Where(p => p.Status == s);
        if (matterId is { } m)
            q = q.Where(p => p.MatterId == m);
        if (KeysetCursor.TryParse(cursor, out DateTime at, out Guid after))
            q = q.Where(p => p.RequestedAt < at || (p.RequestedAt == at && p.Id.CompareTo(after) < 0));
        var rows = await ToDtosAsync(q.OrderByDescending(p => p.RequestedAt).ThenByDescending(p => p.Id).Take(take + 1), ct);
        return Paging.From(rows, take, r => KeysetCursor.Format(r.RequestedAt, r.Id));
    }

    private async Task<List<ClientPaymentDto>> ToDtosAsync(IQueryable<ClientPayment> payments, CancellationToken ct)
    {
        var rows = await payments.AsNoTracking().Select(p => new
        {
            p,
            Matter = db.Set<Matter>().Where(m => m.Id == p.MatterId).Select(m => new { m.Reference, m.Title }).FirstOrDefault(),
            Account = db.Set<BankAccount>().Where(a => a.Id == p.BankAccountId).Select(a => a.Name).FirstOrDefault(),
            Journal = db.Set<LedgerJournal>().Where(j => j.Id == p.JournalId).Select(j => (long?)j.Number).FirstOrDefault(),
        }).ToListAsync(ct);
        var userIds = rows.SelectMany(r => new[] { r.p.RequestedByUserId, r.p.FirstApproverUserId, r.p.SecondApproverUserId, r.p.RejectedByUserId, r.p.CancelledByUserId })
            .OfType<Guid>().Distinct().ToList();
        var names = await db.Set<AppUser>().AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(r =>
        {
            var p = r.p;
            return new ClientPaymentDto(p.Id, p.MatterId, r.Matter?.Reference ?? "", r.Matter?.Title ?? "", p.BankAccountId, r.Account ?? "",
                p.AmountMinor, "GBP", p.Payee, p.PayeeSortCode, p.PayeeAccountNumber, p.PayeeReference, p.Purpose, p.Instruction, p.DisbursementId,
                p.PayOn, p.Status, p.NeedsSecondApproval, p.Status == ClientPaymentStatus.Approved, p.RequestedByUserId,
                names.GetValueOrDefault(p.RequestedByUserId, ""), p.RequestedAt, p.FirstApproverUserId, p.RejectionReason, p.JournalId,
                r.Journal is { } n ? LedgerPoster.FormatNumber(n) : null, Trail(p, names), p.Version);
        }).ToList();
    }

    private static List<PaymentStepDto> Trail(ClientPayment p, Dictionary<Guid, string> names)
    {
        string? Name(Guid? id) => id is { } u ? names.GetValueOrDefault(u) : null;
        var steps = new List<PaymentStepDto> { new("requested", p.RequestedByUserId, Name(p.RequestedByUserId), p.RequestedAt) };
        if (p.FirstApprovedAt is { } first)
            steps.Add(new("approved", p.FirstApproverUserId, Name(p.FirstApproverUserId), first));
        if (p.SecondApprovedAt is { } second)
            steps.Add(new("secondApproval", p.SecondApproverUserId, Name(p.SecondApproverUserId), second));
        if (p.RejectedAt is { } rejected)
            steps.Add(new("rejected", p.RejectedByUserId, Name(p.RejectedByUserId), rejected, p.RejectionReason));
        if (p.CancelledAt is { } cancelled)
            steps.Add(new("cancelled", p.CancelledByUserId, Name(p.CancelledByUserId), cancelled));
        if (p.Status == ClientPaymentStatus.Paid && (p.SecondApprovedAt ?? p.FirstApprovedAt) is { } paid)
            steps.Add(new("paid", null, null, paid));
        return steps;
    }
}
