namespace CaseTrak.Web.Features.Billing;

public enum LedesFormat { Ledes1998B, Ledes1998BI }

/// <summary>EXP/FEE/INV_ADJ_TYPE: F, E, IF (invoice-level fee adjustment), IE (invoice-level expense adjustment).</summary>
public enum LedesLineType { Fee, Expense, FeeAdjustment, ExpenseAdjustment }

/// <summary>A party's name and address as LEDES98BI splits it; Country is an ISO 3166 alpha-2 code.</summary>
public sealed record LedesParty(string Name, string? Address1, string? Address2, string? City, string? StateOrRegion,
    string? Postcode, string? Country);

/// <summary>
/// Everything a LEDES 1998B or 1998BI file says about one bill. Amounts are net minor units; the 98BI writer adds
/// each line's tax to its LINE_ITEM_TOTAL as the format requires. LawFirmId is the firm's tax identifier (its VAT
/// number for a UK firm).
/// </summary>
public sealed record LedesBill(
    DateOnly InvoiceDate,
    string InvoiceNumber,
    string ClientId,
    string LawFirmMatterId,
    DateOnly? BillingStartDate,
    DateOnly? BillingEndDate,
    string InvoiceDescription,
    string LawFirmId,
    string? ClientMatterId,
    string MatterName,
    string Currency,
    LedesParty LawFirm,
    LedesParty Client,
    IReadOnlyList<LedesLine> Lines)
{
    public string? PoNumber { get; init; }
    public string? ClientTaxId { get; init; }
    /// <summary>ACCOUNT_TYPE: "O" operating (office) account, "T" trust (client) account.</summary>
    public string AccountType { get; init; } = "O";
}

/// <summary>
/// One line item. Units × unit cost + adjustment is the net (for time, units are hours and the unit cost is the
/// hourly rate, so the product can differ from the half-up net by under a penny).
/// </summary>
public sealed record LedesLine(
    int Number,
    LedesLineType Type,
    DateOnly Date,
    string Description,
    decimal? Units,
    long? UnitCostMinor,
    long AdjustmentMinor,
    long NetMinor,
    int TaxRateBp,
    long TaxMinor)
{
    public string? TaskCode { get; init; }
    public string? ExpenseCode { get; init; }
    public string? ActivityCode { get; init; }
    public string? TimekeeperId { get; init; }
    public string? TimekeeperLastName { get; init; }
    public string? TimekeeperFirstName { get; init; }
    /// <summary>LEDES timekeeper classification: PT, AS, OC, LA or OT.</summary>
    public string? TimekeeperClassification { get; init; }
    /// <summary>LINE_ITEM_TAX_TYPE, e.g. "VAT"; empty for a line outside the scope of tax.</summary>
    public string? TaxType { get; init; }
}
