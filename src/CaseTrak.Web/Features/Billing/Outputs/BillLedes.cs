using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// A final bill as LEDES: the invoice fields from its snapshots and matter, and one line item per bill line.
/// Time lines are hours × hourly rate; a write-down is the line's adjustment; a discount line is an invoice-level
/// fee adjustment (IF). Only UTBMS codes are sent in the code fields; an expense without a UTBMS expense code is
/// sent as E124 (Other).
/// </summary>
public static class BillLedes
{
    public const string OtherExpenseCode = "E124";

    public static LedesBill From(BillSource s)
    {
        var b = s.Bill;
        if (b.Status != InvoiceStatus.Final)
            throw new ConflictException("bill.not_final", b.Status == InvoiceStatus.Void
                ? "This bill is void, so it cannot be sent as LEDES."
                : "Only a final bill can be exported as LEDES. Finalise the draft first.");
        var dates = s.Lines.Where(l => l.Date is not null).Select(l => l.Date!.Value).ToList();
        var issued = b.IssuedOn ?? DateOnly.MinValue;
        var firm = LedesAddress.Party(b.SupplierName ?? s.Firm.Name, b.SupplierAddress, BillingText.FirmAddress(s.Firm),
            new(s.Firm.Name, s.Firm.AddressLine1, s.Firm.AddressLine2, s.Firm.Town, null, s.Firm.Postcode, "GB"));
        var client = LedesAddress.Party(b.CustomerName ?? s.Client?.DisplayName ?? "", b.CustomerAddress, BillingText.ClientAddress(s.Client),
            s.Client is { } c ? new(c.DisplayName, c.AddressLine1, c.AddressLine2, c.Town, c.County, c.Postcode, LedesAddress.CountryCode(c.Country)) : null);
        var number = 0;
        return new LedesBill(
            issued, b.Number ?? b.RequestNumber ?? "",
            FirstOf(s.LedesClientId, s.Client?.ClientCode, b.ClientId.ToString("N")[..20].ToUpperInvariant()),
            s.Matter.Reference,
            dates.Count > 0 ? dates.Min() : issued, dates.Count > 0 ? dates.Max() : issued,
            FirstOf(b.Narrative, s.Matter.Title),
            FirstOf(Compact(b.SupplierVatNumber), Compact(b.SupplierSraNumber), Compact(s.Firm.SraNumber)),
            s.ClientMatterReference, s.Matter.Title, b.Currency, firm, client,
            s.Lines.Select(l => Line(s, l, ++number, issued)).ToList());
    }

    private static LedesLine Line(BillSource s, InvoiceLine l, int number, DateOnly issued)
    {
        var date = l.Date ?? issued;
        var description = BillDocuments.Line(l).Description;
        var taxType = l.Kind == InvoiceLineKind.AgentDisbursement ? null : "VAT";
        switch (l.Kind)
        {
            case InvoiceLineKind.Discount:
                return new(number, LedesLineType.FeeAdjustment, date, description, null, null, l.NetMinor, l.NetMinor, l.VatRateBp, l.VatMinor)
                { TaxType = taxType };
            case InvoiceLineKind.Expense or InvoiceLineKind.AgentDisbursement:
                return new(number, LedesLineType.Expense, date, description, 1m, l.OriginalNetMinor, l.NetMinor - l.OriginalNetMinor, l.NetMinor,
                    l.VatRateBp, l.VatMinor)
                { ExpenseCode = Utbms.IsExpenseCode(l.ActivityCode) ? l.ActivityCode!.ToUpperInvariant() : OtherExpenseCode, TaxType = taxType };
        }
        var time = l.Kind == InvoiceLineKind.Time && l.Units is { } u && l.UnitMinutes is { } m && l.RateMinor is not null;
        var units = time ? Math.Round(l.Units!.Value * l.UnitMinutes!.Value / 60m, 4) : 1m;
        var cost = time ? l.RateMinor!.Value : l.OriginalNetMinor;
        var name = l.UserId is { } user ? s.UserNames.GetValueOrDefault(user) : null;
        var (first, last) = SplitName(name);
        return new(number, LedesLineType.Fee, date, description, units, cost, l.NetMinor - l.OriginalNetMinor, l.NetMinor, l.VatRateBp, l.VatMinor)
        {
            TaskCode = Utbms.IsTaskCode(l.TaskCode) ? l.TaskCode!.ToUpperInvariant() : null,
            ActivityCode = Utbms.IsActivityCode(l.ActivityCode) ? l.ActivityCode!.ToUpperInvariant() : null,
            TimekeeperId = l.UserId?.ToString("N")[..20].ToUpperInvariant(),
            TimekeeperFirstName = first, TimekeeperLastName = last,
            TimekeeperClassification = l.UserId is { } id ? Classification(s.Grades.TryGetValue(id, out var g) ? g : null) : null,
            TaxType = taxType,
        };
    }

    /// <summary>SCCO grades to LEDES timekeeper classes: A partner, B and C associate, D legal assistant; none: other.</summary>
    public static string Classification(FeeEarnerGrade? grade) => grade switch
    {
        FeeEarnerGrade.A => "PT",
        FeeEarnerGrade.B or FeeEarnerGrade.C => "AS",
        FeeEarnerGrade.D => "LA",
        _ => "OT",
    };

    private static (string? First, string? Last) SplitName(string? name)
    {
        var parts = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch { 0 => (null, null), 1 => (null, parts[0]), _ => (string.Join(' ', parts[..^1]), parts[^1]) };
    }

    private static string FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";

    private static string? Compact(string? id) => string.IsNullOrWhiteSpace(id) ? null : string.Concat(id.Where(c => !char.IsWhiteSpace(c)));
}
