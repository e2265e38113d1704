using PdfSharp.Drawing;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The lines table: date, description, quantity, rate, net, VAT rate, VAT; its header row repeats on each page.</summary>
internal static class BillPdfTable
{
    // Column x offsets and widths (points), 515 in all.
    private static readonly (string Title, double X, double W, bool Right)[] Columns =
    [
        ("Date", 0, 56, false), ("Description", 60, 160, false), ("Quantity", 224, 76, false), ("Rate", 300, 55, true),
        ("Net", 355, 60, true), ("VAT rate", 415, 45, true), ("VAT", 460, 55, true),
    ];

    private static readonly (BillLineSection Section, string Title)[] Sections =
    [
        (BillLineSection.Fees, "Fees"),
        (BillLineSection.Expenses, "Expenses"),
        (BillLineSection.AgentDisbursements, "Disbursements paid as your agent (outside the scope of VAT)"),
    ];

    public static void Draw(BillPdfCanvas c, BillDocument bill)
    {
        c.Ensure(60);
        HeaderRow(c);
        c.OnNewPage = () => HeaderRow(c);
        foreach (var (section, title) in Sections)
        {
            var lines = bill.Lines.Where(l => l.Section == section).ToList();
            if (lines.Count == 0)
                continue;
            c.Ensure(30);
            c.Y += 3;
            c.Y += c.Text(title, BillPdfCanvas.SmallBold, 0, c.Width) + 1;
            foreach (var line in lines)
                Row(c, line);
            c.Ensure(12);
            c.Y += c.Text($"{title}: {BillingDisplay.Money(lines.Sum(l => l.NetMinor))} net, "
                + $"{BillingDisplay.Money(lines.Sum(l => l.VatMinor))} VAT", BillPdfCanvas.Small, 0, c.Width, right: true) + 2;
        }
        c.OnNewPage = null;
    }

    private static void HeaderRow(BillPdfCanvas c)
    {
        foreach (var (title, x, w, right) in Columns)
            c.Text(title, BillPdfCanvas.SmallBold, x, w, right);
        c.Y += 11;
        c.G.DrawLine(XPens.Gray, BillPdfCanvas.Margin, c.Y, BillPdfCanvas.Margin + c.Width, c.Y);
        c.Y += 3;
    }

    private static void Row(BillPdfCanvas c, BillDocumentLine line)
    {
        var outside = line.Section == BillLineSection.AgentDisbursements;
        string?[] cells =
        [
            line.Date is { } d ? BillingDisplay.Date(d) : "",
            line.Description,
            line.Quantity,
            line.RateMinor is { } r ? BillingDisplay.Money(r) : "",
            BillingDisplay.Money(line.NetMinor),
            outside ? "—" : VatRate(line.VatRateBp),
            outside ? "" : BillingDisplay.Money(line.VatMinor),
        ];
        var height = Columns.Select((col, i) => c.Text(cells[i], BillPdfCanvas.Small, col.X, col.W, col.Right, measureOnly: true)).Max();
        c.Ensure(height + 2);
        for (var i = 0; i < Columns.Length; i++)
            c.Text(cells[i], BillPdfCanvas.Small, Columns[i].X, Columns[i].W, Columns[i].Right);
        c.Y += height + 2;
    }

    public static string VatRate(int bp) => (bp / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
