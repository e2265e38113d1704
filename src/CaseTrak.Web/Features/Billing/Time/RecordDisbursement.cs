using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <param name="VatMinor">VAT the bill will add on this amount (per line, half-up); zero for an agent disbursement.</param>
public sealed record DisbursementDto(Guid Id, Guid MatterId, DateOnly Date, string Description, string? Supplier, string? SupplierReference,
    long AmountMinor, int VatRateBp, long VatMinor, string Currency, bool IsAgentDisbursement, bool Paid, DateOnly? PaidOn, WipStatus Status,
    Guid? InvoiceId, Guid RecordedByUserId, DateTime CreatedAt, int Version)
{
    public static DisbursementDto From(Disbursement d) => new(d.Id, d.MatterId, d.Date, d.Description, d.Supplier, d.SupplierReference,
        d.AmountMinor, d.VatRateBp, BillingRules.Vat(d.AmountMinor, d.VatRateBp), BillingDisplay.Currency, d.IsAgentDisbursement, d.Paid, d.PaidOn,
        d.Status, d.InvoiceId, d.RecordedByUserId, d.CreatedAt, d.Version);
}

/// <param name="VatRateBp">For a recharge, the firm's standard rate when left out; an agent disbursement takes none (0).</param>
/// <param name="IsAgentDisbursement">Paid as the client's agent and meeting all eight HMRC conditions (VAT Notice 700 §25.1.1).</param>
public sealed record RecordDisbursementRequest(
    Guid MatterId,
    DateOnly? Date,
    [property: Required(ErrorMessage = "Describe the disbursement."), MaxLength(500)] string Description,
    [property: Range(1, 100_000_000_000, ErrorMessage = "Enter an amount above £0.")] long AmountMinor,
    [property: Range(0, 10_000, ErrorMessage = "The VAT rate is between 0 and 10000 basis points.")] int? VatRateBp = null,
    bool IsAgentDisbursement = false,
    [property: MaxLength(200)] string? Supplier = null,
    [property: MaxLength(100)] string? SupplierReference = null,
    bool? Paid = null,
    DateOnly? PaidOn = null);

/// <summary>Records a cost paid (or owed) for a matter, to go on its next bill.</summary>
public sealed class RecordDisbursementHandler(AppDbContext db, CurrentUser me, TimeEntryRules rules, BillingSettingsHandler settings, AuditLog audit, TimeProvider clock)
{
    public async Task<DisbursementDto> HandleAsync(RecordDisbursementRequest request, CancellationToken ct)
    {
        if (request.MatterId == Guid.Empty)
            throw new RequestValidationException("matterId", "Choose the matter the disbursement is for.");
        if (string.IsNullOrWhiteSpace(request.Description))
            throw new RequestValidationException("description", "Describe the disbursement.");
        if (request.AmountMinor < 1)
            throw new RequestValidationException("amountMinor", "Enter an amount above £0.");
        var vat = DisbursementRules.VatRate(request.IsAgentDisbursement, request.VatRateBp, (await settings.GetAsync(ct)).DefaultVatRateBp);
        var matter = await rules.LiveMatterAsync(request.MatterId, ct);
        var date = request.Date ?? BillingDisplay.Today(clock);
        await rules.EnsureOpenPeriodAsync(date, ct);

        var disbursement = new Disbursement
        {
            MatterId = matter.Id, Date = date, Description = request.Description.Trim(), Supplier = DisbursementRules.Text(request.Supplier),
            SupplierReference = DisbursementRules.Text(request.SupplierReference), AmountMinor = request.AmountMinor, VatRateBp = vat,
            IsAgentDisbursement = request.IsAgentDisbursement, Paid = request.Paid ?? request.PaidOn is not null, PaidOn = request.PaidOn,
            Status = WipStatus.Unbilled, RecordedByUserId = me.Id, CreatedAt = clock.GetUtcNow().UtcDateTime, Version = 1,
        };
        db.Add(disbursement);
        audit.Record(AuditAction.DisbursementRecorded, "Disbursement", disbursement.Id, details: new
        {
            matterId = matter.Id, disbursement.AmountMinor, disbursement.VatRateBp, disbursement.IsAgentDisbursement,
        });
        await db.SaveChangesAsync(ct);
        return DisbursementDto.From(disbursement);
    }
}

internal static class DisbursementRules
{
    public static int VatRate(bool agent, int? given, int standardBp)
    {
        if (agent && given is > 0)
            throw new RequestValidationException("vatRateBp",
                "An agent disbursement is outside the scope of VAT, so its VAT rate must be 0. If VAT is due, record it as a recharge.");
        return agent ? 0 : given ?? standardBp;
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
