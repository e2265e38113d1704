using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

public sealed partial class EditBillHandler
{
    private static readonly InvoiceLineKind[] FeeKinds = [InvoiceLineKind.Time, InvoiceLineKind.FixedFee, InvoiceLineKind.Fee];

    public async Task<Guid> AddLineAsync(Guid id, int? version, AddBillLineRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Description))
            throw new RequestValidationException("description", "Describe the line.");
        var kind = ApiEnums.Parse<BillLineChoice>(request.Kind, "kind");
        if (kind == BillLineChoice.Fee && request.NetMinor < 0)
            throw new RequestValidationException("netMinor", "A fee cannot be negative; add a discount line instead.");
        var rate = request.VatRateBp ?? (await work.SettingsAsync(ct)).DefaultVatRateBp;
        var lineId = Guid.Empty;
        await ChangeAsync(id, version, kind == BillLineChoice.Fee ? "feeAdded" : "discountAdded", (bill, lines) =>
        {
            var net = kind == BillLineChoice.Discount ? -Math.Abs(request.NetMinor) : request.NetMinor;
            lineId = Add(bill, lines, kind == BillLineChoice.Fee ? InvoiceLineKind.Fee : InvoiceLineKind.Discount, request.Description.Trim(), net, rate);
            return Task.CompletedTask;
        }, ct);
        return lineId;
    }

    /// <summary>A percentage off the professional fees (time, fixed fees and fee lines), as one discount line at the fees' VAT rate.</summary>
    public async Task DiscountAsync(Guid id, int? version, BillDiscountRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new RequestValidationException("reason", "Give the reason for the discount.");
        if (request.PercentBp is < 1 or > 10_000)
            throw new RequestValidationException("percentBp", "A discount is between 1 and 10000 basis points (0.01% to 100%).");
        var rate = (await work.SettingsAsync(ct)).DefaultVatRateBp;
        await ChangeAsync(id, version, "discountAdded", (bill, lines) =>
        {
            var fees = lines.Where(l => FeeKinds.Contains(l.Kind)).Sum(l => l.NetMinor);
            if (fees <= 0)
                throw new DomainRuleException("bill.no_fees", "This bill has no fees to discount.");
            var percent = (request.PercentBp / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            Add(bill, lines, InvoiceLineKind.Discount, $"Discount of {percent}% on fees: {request.Reason.Trim()}",
                -BillingRules.Discount(fees, request.PercentBp), rate);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Deletes a draft (never a final bill): everything on it goes back to unbilled.</summary>
    public async Task DeleteDraftAsync(Guid id, int? version, CancellationToken ct)
    {
        var bill = await get.LoadAsync(id, ct, tracked: true);
        BillWork.EnsureDraft(bill, version);
        await work.SetItemsAsync(bill.Id, WipStatus.Unbilled, ct);
        db.RemoveRange(await work.LinesAsync(bill.Id, ct));
        db.Remove(bill);
        audit.Record(AuditAction.BillDeleted, "Invoice", bill.Id, details: new { bill.MatterId, bill.TotalMinor });
        await db.SaveChangesAsync(ct);
    }

    private Guid Add(Invoice bill, List<InvoiceLine> lines, InvoiceLineKind kind, string description, long net, int rate)
    {
        var line = new InvoiceLine
        {
            InvoiceId = bill.Id, MatterId = bill.MatterId, Kind = kind, Description = description,
            Position = lines.Count == 0 ? 1 : lines.Max(l => l.Position) + 1, OriginalNetMinor = net, NetMinor = net, VatRateBp = rate,
        };
        lines.Add(line);
        db.Add(line);
        return line.Id;
    }

    private static InvoiceLine Line(List<InvoiceLine> lines, Guid lineId) =>
        lines.SingleOrDefault(l => l.Id == lineId) ?? throw new NotFoundException("InvoiceLine");

    private async Task ChangeAsync(Guid id, int? version, string change, Func<Invoice, List<InvoiceLine>, Task> apply, CancellationToken ct)
    {
        var bill = await get.LoadAsync(id, ct, tracked: true);
        BillWork.EnsureDraft(bill, version);
        var lines = await work.LinesAsync(bill.Id, ct);
        await apply(bill, lines);
        BillWork.Recompute(bill, lines);
        bill.Version++;
        audit.Record(AuditAction.BillUpdated, "Invoice", bill.Id, details: new { change, bill.NetMinor, bill.VatMinor, bill.TotalMinor });
        await db.SaveChangesAsync(ct);
    }

    private enum BillLineChoice { Fee, Discount }
}
