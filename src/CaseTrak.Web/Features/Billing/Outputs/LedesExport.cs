using System.Globalization;
using System.Text;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Writes a bill as a LEDES 1998B or LEDES98BI V2 file: a format line, a line of field names, then one line per
/// line item repeating the invoice fields; every line ends "[]" and fields are separated by "|". Dates are
/// YYYYMMDD, amounts have two decimals and no thousands separators, and "|", "[" , "]" and line breaks never
/// appear inside a value. 1998B totals are net (its LINE_ITEM_TOTAL has no tax field); in 98BI each
/// LINE_ITEM_TOTAL includes the line's tax, INVOICE_TOTAL is their sum and INVOICE_NET_TOTAL excludes tax.
/// Field lists: <see cref="LedesFields"/>.
/// </summary>
public static class LedesExport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Eol = "[]\r\n";

    public static string Write(LedesBill bill, LedesFormat format)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var international = format == LedesFormat.Ledes1998BI;
        var sb = new StringBuilder();
        sb.Append(international ? LedesFields.Header1998BI : LedesFields.Header1998B).Append(Eol);
        sb.AppendJoin('|', international ? LedesFields.Fields1998BI : LedesFields.Fields1998B).Append(Eol);

        var taxTotal = bill.Lines.Sum(l => l.TaxMinor);
        var netTotal = bill.Lines.Sum(l => l.NetMinor);
        var invoiceTotal = international ? netTotal + taxTotal : netTotal;
        foreach (var line in bill.Lines)
        {
            var lineTotal = international ? line.NetMinor + line.TaxMinor : line.NetMinor;
            List<string> f =
            [
                Date(bill.InvoiceDate), Text(bill.InvoiceNumber), Text(bill.ClientId), Text(bill.LawFirmMatterId),
                Money(invoiceTotal), Date(bill.BillingStartDate), Date(bill.BillingEndDate), Text(bill.InvoiceDescription),
                line.Number.ToString(Inv), TypeCode(line.Type), Units(line.Units), Money(line.AdjustmentMinor),
                Money(lineTotal), Date(line.Date), Text(line.TaskCode), Text(line.ExpenseCode), Text(line.ActivityCode),
                Text(line.TimekeeperId), Text(line.Description), Text(bill.LawFirmId),
                line.UnitCostMinor is { } cost ? Money(cost) : "", Text(TimekeeperName(line)),
                Text(line.TimekeeperClassification), Text(bill.ClientMatterId),
            ];
            if (international)
                f.AddRange(
                [
                    Text(bill.PoNumber), Text(bill.ClientTaxId), Text(bill.MatterName), Money(taxTotal), Money(netTotal),
                    Text(bill.Currency), Text(line.TimekeeperLastName), Text(line.TimekeeperFirstName), Text(bill.AccountType),
                    Text(bill.LawFirm.Name), Text(bill.LawFirm.Address1), Text(bill.LawFirm.Address2), Text(bill.LawFirm.City),
                    Text(bill.LawFirm.StateOrRegion), Text(bill.LawFirm.Postcode), Text(bill.LawFirm.Country),
                    Text(bill.Client.Name), Text(bill.Client.Address1), Text(bill.Client.Address2), Text(bill.Client.City),
                    Text(bill.Client.StateOrRegion), Text(bill.Client.Postcode), Text(bill.Client.Country),
                    Rate(line.TaxRateBp), Money(line.TaxMinor), Text(line.TaxType), Money(taxTotal), Text(bill.Currency),
                ]);
            sb.AppendJoin('|', f).Append(Eol);
        }
        return sb.ToString();
    }

    public static string TypeCode(LedesLineType type) => type switch
    {
        LedesLineType.Fee => "F",
        LedesLineType.Expense => "E",
        LedesLineType.FeeAdjustment => "IF",
        LedesLineType.ExpenseAdjustment => "IE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Makes a value safe for a field: the delimiters "|" and "[]" and line breaks cannot occur in it.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
            sb.Append(c switch { '|' => '/', '[' => '(', ']' => ')', '\r' or '\n' or '\t' => ' ', _ => c });
        return sb.ToString().Trim();
    }

    public static string Money(long minor) => (minor / 100m).ToString("0.00", Inv);

    private static string Date(DateOnly? date) => date?.ToString("yyyyMMdd", Inv) ?? "";

    private static string Units(decimal? units) => units?.ToString("0.00##", Inv) ?? "";

    /// <summary>A tax rate as a decimal fraction: 2000 bp → "0.20".</summary>
    private static string Rate(int bp) => (bp / 10_000m).ToString("0.00##", Inv);

    private static string? TimekeeperName(LedesLine line) => (line.TimekeeperLastName, line.TimekeeperFirstName) switch
    {
        ({ Length: > 0 } last, { Length: > 0 } first) => $"{last}, {first}",
        ({ Length: > 0 } last, _) => last,
        (_, var first) => first,
    };
}
