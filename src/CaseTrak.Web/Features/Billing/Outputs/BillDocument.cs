namespace CaseTrak.Web.Features.Billing;

public enum BillDocumentKind { VatInvoice, RequestForPayment, CreditNote }

/// <summary>Fees first, then expenses with VAT, then agent disbursements outside the scope of VAT (listed separately).</summary>
public enum BillLineSection { Fees, Expenses, AgentDisbursements }

/// <summary>
/// Everything printed on a bill, credit note or request for payment: the HMRC VAT-invoice fields (number, date of
/// issue, time of supply, supplier name, address and VAT number, customer name and address, description, quantity,
/// rate, net and VAT rate per line, total VAT, gross total) and the SRA number and regulatory statement.
/// </summary>
public sealed record BillDocument(
    BillDocumentKind Kind,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? TaxPointOn,
    DateOnly? DueOn,
    string SupplierName,
    string? SupplierAddress,
    string? SupplierVatNumber,
    string? SraNumber,
    string? RegulatoryStatement,
    string CustomerName,
    string? CustomerAddress,
    string MatterReference,
    string MatterTitle,
    string? Description,
    IReadOnlyList<BillDocumentLine> Lines,
    long NetMinor,
    long VatMinor,
    long TotalMinor)
{
    public string Currency { get; init; } = "GBP";
    public bool Draft { get; init; }
    public bool Void { get; init; }
    public string? VoidReason { get; init; }
    public long PaidMinor { get; init; }
    public long CreditedMinor { get; init; }
    public string? PaymentDetails { get; init; }
    /// <summary>For a credit note: the number of the invoice it corrects.</summary>
    public string? CorrectsNumber { get; init; }
    public long OutstandingMinor => Kind == BillDocumentKind.CreditNote || Void ? 0 : TotalMinor - PaidMinor - CreditedMinor;

    public string Title => Kind switch
    {
        BillDocumentKind.CreditNote => "Credit note",
        BillDocumentKind.RequestForPayment => "Request for payment — this is not a VAT invoice",
        _ => "VAT invoice",
    };
}

/// <summary>One printed line; Quantity is the extent as read, e.g. "1.5 h (15 units)".</summary>
public sealed record BillDocumentLine(BillLineSection Section, DateOnly? Date, string Description, string? Quantity,
    long? RateMinor, long NetMinor, int VatRateBp, long VatMinor);
