using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using static CaseTrak.Web.Features.Audit.ExportAuditHandler;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// A report table as a download. Both formats carry the same rows and the totals row last. CSV writes money
/// in pounds with two decimals and dates as yyyy-MM-dd, so spreadsheets read them as numbers and dates; text
/// that a spreadsheet would run as a formula is neutralised in both (SECURITY.md).
/// </summary>
public static class ReportFiles
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string MoneyFormat = "£#,##0.00";

    public static async Task<byte[]> CsvAsync(ReportTable table, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, leaveOpen: true))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var c in table.Columns)
                csv.WriteField(Neutralise(c.Title));
            await csv.NextRecordAsync();
            foreach (var row in AllRows(table))
            {
                for (var i = 0; i < table.Columns.Count; i++)
                    csv.WriteField(CsvCell(table.Columns[i], row[i]));
                await csv.NextRecordAsync();
            }
            await writer.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(ReportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Title));
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var header = sheet.Cell(1, i + 1);
            header.SetValue(Neutralise(column.Title) ?? "");
            header.Style.Font.Bold = true;
            // Set by hand: AdjustToContents measures fonts through System.Drawing, which throws on Linux.
            sheet.Column(i + 1).Width = column.Type == ReportColumnType.Text ? 32 : 16;
            var format = column.Type switch
            {
                ReportColumnType.Money => MoneyFormat,
                ReportColumnType.Date => "dd mmm yyyy",
                ReportColumnType.Number => column.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', column.Decimals),
                _ => null,
            };
            if (format is not null)
                sheet.Column(i + 1).Style.NumberFormat.Format = format;
        }
        var r = 2;
        foreach (var row in AllRows(table))
        {
            for (var i = 0; i < table.Columns.Count; i++)
                SetCell(sheet.Cell(r, i + 1), row[i]);
            if (ReferenceEquals(row, table.Totals))
                sheet.Row(r).Style.Font.Bold = true;
            r++;
        }
        sheet.SheetView.FreezeRows(1);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static IEnumerable<IReadOnlyList<object?>> AllRows(ReportTable table) =>
        table.Totals is null ? table.Rows : table.Rows.Append(table.Totals);

    private static string? CsvCell(ReportColumn column, object? cell) => cell switch
    {
        null => null,
        long minor when column.Type == ReportColumnType.Money => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(column.Decimals == 0 ? "0" : "0." + new string('0', column.Decimals), CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture)),
    };

    // SetValue (not Value =): a string is stored as text, never read as a formula.
    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case long minor: cell.SetValue(minor / 100m); break;
            case decimal d: cell.SetValue(d); break;
            case DateOnly date: cell.SetValue(date.ToDateTime(TimeOnly.MinValue)); break;
            default: cell.SetValue(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)) ?? ""); break;
        }
    }

    private static string SheetName(string title)
    {
        var cleaned = new string(title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
