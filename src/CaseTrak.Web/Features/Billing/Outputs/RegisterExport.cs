using System.Globalization;
using ClosedXML.Excel;
using CaseTrak.Web.Features.Audit;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CsvHelper;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The bills register (SRA Accounts Rules 8.4) as CSV or XLSX: the rows of <see cref="BillsRegisterHandler"/>, amounts
/// in pounds. Text cells a spreadsheet would evaluate are neutralised as the audit export does (OWASP CSV injection).
/// </summary>
public sealed class RegisterExport(BillsRegisterHandler register, AuditLog audit, AppDbContext db)
{
    public static readonly string[] Headers =
    [
        "type", "number", "related_number", "date", "client", "matter_reference", "net", "vat", "total", "paid", "outstanding", "status", "currency",
    ];

    public async Task<BillFile> HandleAsync(string? format, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var xlsx = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => false,
            "xlsx" => true,
            _ => throw new RequestValidationException("format", "The format must be csv or xlsx."),
        };
        var rows = await register.HandleAsync(from, to, ct);
        audit.Record(AuditAction.BillingExported, "BillsRegister", null, details: new { report = "bills-register", format = xlsx ? "xlsx" : "csv", from, to, rows = rows.Count });
        await db.SaveChangesAsync(ct);
        var name = $"bills-register-{from?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "all"}-{to?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "now"}";
        return xlsx
            ? new(Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : new(await CsvAsync(rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private static string?[] Text(BillsRegisterRow r) =>
        [r.Type, r.Number, r.RelatedNumber, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ClientName, r.MatterReference];

    private static decimal[] Amounts(BillsRegisterRow r) =>
        [r.NetMinor / 100m, r.VatMinor / 100m, r.TotalMinor / 100m, r.PaidMinor / 100m, r.OutstandingMinor / 100m];

    public static async Task<byte[]> CsvAsync(IReadOnlyList<BillsRegisterRow> rows)
    {
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in Headers)
                csv.WriteField(header);
            await csv.NextRecordAsync();
            foreach (var r in rows)
            {
                foreach (var cell in Text(r))
                    csv.WriteField(ExportAuditHandler.Neutralise(cell));
                foreach (var amount in Amounts(r))
                    csv.WriteField(amount.ToString("0.00", CultureInfo.InvariantCulture));
                csv.WriteField(ExportAuditHandler.Neutralise(r.Status));
                csv.WriteField(ExportAuditHandler.Neutralise(r.Currency));
                await csv.NextRecordAsync();
            }
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<BillsRegisterRow> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Bills register");
        for (var c = 0; c < Headers.Length; c++)
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        sheet.Row(1).Style.Font.Bold = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 2;
            var col = 1;
            foreach (var cell in Text(rows[i]))
                sheet.Cell(row, col++).SetValue(ExportAuditHandler.Neutralise(cell) ?? "");
            foreach (var amount in Amounts(rows[i]))
            {
                sheet.Cell(row, col).SetValue(amount);
                sheet.Cell(row, col++).Style.NumberFormat.Format = "#,##0.00";
            }
            sheet.Cell(row, col++).SetValue(ExportAuditHandler.Neutralise(rows[i].Status) ?? "");
            sheet.Cell(row, col).SetValue(ExportAuditHandler.Neutralise(rows[i].Currency) ?? "");
        }
        // Fixed widths: AdjustToContents() needs system fonts and throws on Linux.
        double[] widths = [16, 14, 14, 12, 32, 18, 12, 12, 12, 12, 12, 10, 9];
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
