using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Fields left out stay as they are; an empty narrative clears it.</summary>
public sealed record UpdateBillRequest([property: MaxLength(4000)] string? Narrative = null, string? Kind = null, DateOnly? IssuedOn = null);

/// <summary>A changed net is a write-down (or up) and needs its reason; the original value is kept.</summary>
public sealed record EditBillLineRequest(
    [property: MaxLength(4000)] string? Description = null,
    long? NetMinor = null,
    [property: MaxLength(500)] string? AdjustmentReason = null,
    [property: Range(0, 10_000, ErrorMessage = "A VAT rate is between 0 and 10000 basis points.")] int? VatRateBp = null);

/// <param name="Kind">"fee" or "discount" (a discount's net is negative; a positive figure is taken as the discount's size).</param>
public sealed record AddBillLineRequest(
    [property: Required(ErrorMessage = "Choose fee or discount.")] string Kind,
    [property: Required(ErrorMessage = "Describe the line."), MaxLength(4000)] string Description,
    long NetMinor,
    [property: Range(0, 10_000, ErrorMessage = "A VAT rate is between 0 and 10000 basis points.")] int? VatRateBp = null);

public sealed record WriteOffLineRequest([property: Required(ErrorMessage = "Give the reason for the write-off."), MaxLength(500)] string Reason);

public sealed record BillDiscountRequest(
    [property: Range(1, 10_000, ErrorMessage = "A discount is between 1 and 10000 basis points (0.01% to 100%).")] int PercentBp,
    [property: Required(ErrorMessage = "Give the reason for the discount."), MaxLength(500)] string Reason);

/// <summary>
/// Changes to a draft bill: its narrative and kind, line edits (write-downs keep the original value and the
/// reason), removing a line (its work goes back to unbilled), writing a line off, fee and discount lines. The totals
/// are recomputed line by line after every change; a final or void bill answers 409 `bill.not_draft`.
/// </summary>
public sealed partial class EditBillHandler(AppDbContext db, GetBillHandler get, BillWork work, AuditLog audit)
{
    public async Task UpdateAsync(Guid id, int? version, UpdateBillRequest request, CancellationToken ct)
    {
        var kind = ApiEnums.ParseOptional<InvoiceKind>(request.Kind, "kind");
        await ChangeAsync(id, version, "details", (bill, _) =>
        {
            if (request.Narrative is not null)
                bill.Narrative = string.IsNullOrWhiteSpace(request.Narrative) ? null : request.Narrative.Trim();
            if (kind is { } k)
                bill.Kind = k;
            if (request.IssuedOn is { } on)
                bill.IssuedOn = on;
            return Task.CompletedTask;
        }, ct);
    }

    public Task EditLineAsync(Guid id, Guid lineId, int? version, EditBillLineRequest request, CancellationToken ct) =>
        ChangeAsync(id, version, "lineEdited", (_, lines) =>
        {
            var line = Line(lines, lineId);
            if (request.Description is { } d)
                line.Description = string.IsNullOrWhiteSpace(d) ? throw new RequestValidationException("description", "Describe the line.") : d.Trim();
            if (request.VatRateBp is { } rate)
                line.VatRateBp = rate is >= 0 and <= 10_000 ? rate : throw new RequestValidationException("vatRateBp", "A VAT rate is between 0 and 10000 basis points.");
            if (request.NetMinor is { } net && net != line.NetMinor)
            {
                if (string.IsNullOrWhiteSpace(request.AdjustmentReason))
                    throw new RequestValidationException("adjustmentReason", "Give the reason for writing this line down or up.");
                if (line.Kind == InvoiceLineKind.Discount ? net > 0 : net < 0)
                    throw new RequestValidationException("netMinor", line.Kind == InvoiceLineKind.Discount
                        ? "A discount line cannot be positive." : "A line cannot be negative; add a discount line instead.");
                line.NetMinor = net;
                line.AdjustmentReason = request.AdjustmentReason.Trim();
            }
            return Task.CompletedTask;
        }, ct);

    public Task RemoveLineAsync(Guid id, Guid lineId, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, "lineRemoved", async (_, lines) =>
        {
            var line = Line(lines, lineId);
            await work.ReleaseLineAsync(line, WipStatus.Unbilled, null, ct);
            lines.Remove(line);
            db.Remove(line);
        }, ct);

    public Task WriteOffLineAsync(Guid id, Guid lineId, int? version, WriteOffLineRequest request, CancellationToken ct) =>
        ChangeAsync(id, version, "lineWrittenOff", async (bill, lines) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
                throw new RequestValidationException("reason", "Give the reason for the write-off.");
            var line = Line(lines, lineId);
            if (line.TimeEntryId is null && line.DisbursementId is null)
                throw new DomainRuleException("bill.cannot_write_off", "Only time and disbursement lines can be written off; remove this line instead.");
            await work.ReleaseLineAsync(line, WipStatus.WrittenOff, request.Reason.Trim(), ct);
            lines.Remove(line);
            db.Remove(line);
            audit.Record(AuditAction.WipWrittenOff, line.TimeEntryId is not null ? "TimeEntry" : "Disbursement", line.TimeEntryId ?? line.DisbursementId,
                details: new { invoiceId = bill.Id, valueMinor = line.OriginalNetMinor, reason = request.Reason.Trim() });
        }, ct);
}
