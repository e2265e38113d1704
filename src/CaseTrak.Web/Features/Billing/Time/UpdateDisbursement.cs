using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Only the fields present change; "supplier", "supplierReference" or "paidOn" in <see cref="Clear"/> empties it.</summary>
public sealed record UpdateDisbursementRequest(
    DateOnly? Date = null,
    [property: MaxLength(500)] string? Description = null,
    [property: Range(1, 100_000_000_000, ErrorMessage = "Enter an amount above £0.")] long? AmountMinor = null,
    [property: Range(0, 10_000, ErrorMessage = "The VAT rate is between 0 and 10000 basis points.")] int? VatRateBp = null,
    bool? IsAgentDisbursement = null,
    [property: MaxLength(200)] string? Supplier = null,
    [property: MaxLength(100)] string? SupplierReference = null,
    bool? Paid = null,
    DateOnly? PaidOn = null,
    string[]? Clear = null);

/// <summary>Changes or deletes a disbursement while it is unbilled and outside the locked period.</summary>
public sealed class UpdateDisbursementHandler(AppDbContext db, TenantGuard guard, TimeEntryRules rules, AuditLog audit)
{
    private static readonly string[] Clearable = ["supplier", "supplierReference", "paidOn"];

    public async Task<DisbursementDto> HandleAsync(Guid id, UpdateDisbursementRequest request, int? expectedVersion, CancellationToken ct)
    {
        var d = await LoadEditableAsync(id, ct);
        if (expectedVersion is { } v && v != d.Version)
            throw new PreconditionException(412, "This disbursement was changed since you loaded it. Reload and try again.");
        var clear = (request.Clear ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (clear.FirstOrDefault(c => !Clearable.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } bad)
            throw new RequestValidationException("clear", $"'{bad}' cannot be cleared. Clear one of: {string.Join(", ", Clearable)}.");

        if (request.Date is { } date && date != default)
            d.Date = date;
        if (request.Description is not null)
            d.Description = DisbursementRules.Text(request.Description) ?? throw new RequestValidationException("description", "Describe the disbursement.");
        d.AmountMinor = request.AmountMinor ?? d.AmountMinor;
        var agent = request.IsAgentDisbursement ?? d.IsAgentDisbursement;
        // Turning a recharge into an agent disbursement drops its VAT; an explicit rate is still checked.
        d.VatRateBp = DisbursementRules.VatRate(agent, request.VatRateBp ?? (agent ? null : d.VatRateBp), d.VatRateBp);
        d.IsAgentDisbursement = agent;
        d.Supplier = clear.Contains("supplier") ? null : DisbursementRules.Text(request.Supplier) ?? d.Supplier;
        d.SupplierReference = clear.Contains("supplierReference") ? null : DisbursementRules.Text(request.SupplierReference) ?? d.SupplierReference;
        d.PaidOn = clear.Contains("paidOn") ? null : request.PaidOn ?? d.PaidOn;
        d.Paid = request.Paid ?? (request.PaidOn is not null || d.Paid);
        await rules.EnsureOpenPeriodAsync(d.Date, ct);
        d.Version++;
        audit.Record(AuditAction.DisbursementUpdated, "Disbursement", d.Id, details: new { matterId = d.MatterId, d.AmountMinor, d.VatRateBp, d.IsAgentDisbursement, d.Paid });
        await db.SaveChangesAsync(ct);
        return DisbursementDto.From(d);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var d = await LoadEditableAsync(id, ct);
        db.Remove(d);
        audit.Record(AuditAction.DisbursementDeleted, "Disbursement", d.Id, details: new { matterId = d.MatterId, d.AmountMinor, d.Date });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Disbursement> LoadEditableAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Set<Disbursement>().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw await guard.NotFoundAsync<Disbursement>(id, ct);
        if (d.Status != WipStatus.Unbilled)
            throw new ConflictException("disbursement.billed", d.Status == WipStatus.WrittenOff
                ? "This disbursement has been written off and can no longer be changed."
                : "This disbursement is on a bill and can no longer be changed.");
        await rules.EnsureOpenPeriodAsync(d.Date, ct);
        return d;
    }
}
