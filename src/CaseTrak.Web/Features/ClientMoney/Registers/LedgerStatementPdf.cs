using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Money;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>What the statement prints besides the ledger itself.</summary>
public sealed record LedgerStatementHeader(string FirmName, string? SraNumber, string? ClientName, DateOnly GeneratedOn);

/// <summary>
/// A matter's ledger as an A4 PDF (AR 8.1): the client side and the office side, each with its running balance and
/// closing balance, under the firm's name and SRA number and the date it was produced. Drawn on billing's PDF canvas.
/// </summary>
internal static class LedgerStatementPdf
{
    private static readonly (string Title, double Width, bool Right)[] Columns =
        [("Date", 62, false), ("Journal", 58, false), ("Description", 0, false), ("Debit", 66, true), ("Credit", 66, true), ("Balance", 72, true)];

    public static byte[] Render(MatterLedgerDto ledger, LedgerStatementHeader header)
    {
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Ledger statement {ledger.MatterReference}";
        document.Info.Author = header.FirmName;
        using (var c = new BillPdfCanvas(document))
        {
            c.NewPage();
            c.Paragraph("Matter ledger statement", BillPdfCanvas.Heading, after: 6);
            c.Paragraph(header.FirmName, BillPdfCanvas.Title, after: 1);
            c.Paragraph(header.SraNumber is { Length: > 0 } sra ? $"Authorised and regulated by the Solicitors Regulation Authority, SRA number {sra}" : "SRA number not recorded",
                BillPdfCanvas.Regular, after: 8);
            c.Paragraph($"Matter {ledger.MatterReference}: {ledger.MatterTitle}", BillPdfCanvas.Bold, after: 1);
            if (header.ClientName is { Length: > 0 } client)
                c.Paragraph($"Client: {client}", BillPdfCanvas.Regular, after: 1);
            c.Paragraph($"Generated on {RegisterDates.Text(header.GeneratedOn)}", BillPdfCanvas.Regular, after: 12);
            Side(c, "Client account", "client", ledger, ledger.ClientBalanceMinor, "Client money held");
            c.Y += 10;
            Side(c, "Office account", "office", ledger, ledger.OfficeBalanceMinor, "Owed to the firm");
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Side(BillPdfCanvas c, string title, string side, MatterLedgerDto ledger, long closing, string closingLabel)
    {
        c.Ensure(60);
        c.Paragraph(title, BillPdfCanvas.Title, after: 4);
        var widths = Widths(c.Width);
        Row(c, widths, [.. Columns.Select(x => x.Title)], BillPdfCanvas.SmallBold);
        c.OnNewPage = () => Row(c, widths, [.. Columns.Select(x => x.Title)], BillPdfCanvas.SmallBold);
        var entries = ledger.Entries.Where(e => e.Side == side).ToList();
        if (entries.Count == 0)
            c.Paragraph("No entries.", BillPdfCanvas.Regular, after: 2);
        foreach (var e in entries)
            Row(c, widths, [RegisterDates.Text(e.Date), e.JournalNumber ?? "", e.Reference is { Length: > 0 } r ? $"{e.Description} ({r})" : e.Description,
                e.DebitMinor > 0 ? MoneyText.Pounds(e.DebitMinor) : "", e.CreditMinor > 0 ? MoneyText.Pounds(e.CreditMinor) : "", MoneyText.Pounds(e.BalanceMinor)],
                BillPdfCanvas.Small);
        c.OnNewPage = null;
        c.G.DrawLine(XPens.LightGray, BillPdfCanvas.Margin, c.Y, BillPdfCanvas.Margin + c.Width, c.Y);
        c.Y += 3;
        c.Y += c.Text($"{closingLabel}: {MoneyText.Pounds(closing)}", BillPdfCanvas.Bold, 0, c.Width, right: true) + 4;
    }

    private static double[] Widths(double total)
    {
        var fixedWidth = Columns.Sum(x => x.Width);
        return [.. Columns.Select(x => x.Width == 0 ? total - fixedWidth : x.Width)];
    }

    private static void Row(BillPdfCanvas c, double[] widths, string[] cells, XFont font)
    {
        const double gap = 4;
        var height = cells.Select((text, i) => c.Text(text, font, 0, widths[i] - gap, measureOnly: true)).Max();
        c.Ensure(height + 3);
        double x = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            c.Text(cells[i], font, x, widths[i] - gap, right: Columns[i].Right);
            x += widths[i];
        }
        c.Y += height + 3;
    }
}
