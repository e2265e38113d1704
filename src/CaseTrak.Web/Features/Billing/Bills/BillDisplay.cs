namespace CaseTrak.Web.Features.Billing;

/// <summary>Bills as people read them: the number to show, status words and badges, line kinds.</summary>
public static class BillDisplay
{
    public static string Number(string? number, string? requestNumber, InvoiceStatus status) =>
        requestNumber ?? number ?? (status == InvoiceStatus.Draft ? "Draft" : "—");

    public static string Number(BillDto b) => Number(b.Number, b.RequestNumber, b.Status);

    public static string Title(BillDto b) => b.Status == InvoiceStatus.Draft
        ? $"Draft {(b.Kind == InvoiceKind.Invoice ? "bill" : "request for payment")} for {b.MatterReference}"
        : $"{Kind(b.Kind)} {Number(b)}";

    public static string Kind(InvoiceKind kind) => kind == InvoiceKind.Invoice ? "Bill" : "Request for payment";

    public static (string Text, string Css) Status(InvoiceStatus status, long outstanding, long paid, bool overdue) => status switch
    {
        InvoiceStatus.Draft => ("Draft", "status-warn"),
        InvoiceStatus.Void => ("Void", "status-bad"),
        _ when outstanding <= 0 => ("Paid", "status-ok"),
        _ when overdue => ("Overdue", "status-bad"),
        _ when paid > 0 => ("Part paid", "status-warn"),
        _ => ("Unpaid", "status-warn"),
    };

    public static string Line(InvoiceLineKind kind) => kind switch
    {
        InvoiceLineKind.Time => "Time",
        InvoiceLineKind.Expense => "Expense",
        InvoiceLineKind.AgentDisbursement => "Disbursement (no VAT)",
        InvoiceLineKind.FixedFee => "Fixed fee",
        InvoiceLineKind.Fee => "Fee",
        _ => "Discount",
    };

    public static string Rate(int bp) => (bp / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Date(DateOnly? date) => date is { } d ? BillingDisplay.Date(d) : "—";

    /// <summary>"12.34" for a form field holding pounds.</summary>
    public static string Pounds(long minor) => (minor / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Pounds typed in a form ("1,234.5", "£12") to pence; null when it is not an amount.</summary>
    public static long? ParsePounds(string? text)
    {
        var clean = text?.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(clean, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var pounds)
            && decimal.Round(pounds, 2) == pounds && Math.Abs(pounds) < 10_000_000_000m
            ? (long)(pounds * 100)
            : null;
    }
}
