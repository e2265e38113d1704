using System.Globalization;
using ClosedXML.Excel;
using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class ReportDownloadTests(TestApp app)
{
    [Theory]
    [InlineData("wip")]
    [InlineData("aged-debt")]
    [InlineData("billed-collected")]
    [InlineData("utilisation")]
    public async Task Csv_and_xlsx_downloads_carry_the_same_rows_as_json_neutralise_formulas_and_are_audited(string name)
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync(title: "=HYPERLINK(\"http://evil.example\")");
        await firm.SetRateAsync(new { scope = "feeEarner", userId = firm.Owner.Id, hourlyRateMinor = 12_345, effectiveFrom = "2020-01-01" });
        await firm.RecordTimeAsync(matter, 42, Today.AddDays(-2));
        await firm.FinalBillAsync(matter, Today.AddDays(-40));
        var query = $"asOf={Iso(Today)}";

        var json = await firm.Admin.ReportAsync(name, query);
        var columns = json.GetProperty("columns").EnumerateArray().ToList();
        var expected = json.Rows().Append(json.Totals()).Select(r => columns.Select(c => Text(r.GetProperty(c.Str("key")), c)).ToList()).ToList();

        var csvResponse = await firm.Admin.GetAsync($"/api/v1/reports/{name}?{query}&format=csv").ExpectAsync(200);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        var csv = (await csvResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();
        Assert.Equal(columns.Select(c => c.Str("title")), csv[0]);
        Assert.Equal(expected, csv.Skip(1).ToList());

        var xlsx = await firm.Admin.GetAsync($"/api/v1/reports/{name}?{query}&format=xlsx").ExpectAsync(200);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = book.Worksheets.First();
        Assert.Equal(columns.Select(c => c.Str("title")), columns.Select((_, i) => sheet.Cell(1, i + 1).GetString()));
        var cells = Enumerable.Range(2, expected.Count).Select(r => columns.Select((c, i) => XlsxText(sheet.Cell(r, i + 1), c)).ToList()).ToList();
        Assert.Equal(expected, cells);
        Assert.True(sheet.Cell(expected.Count + 2, 1).IsEmpty());
        var moneyColumn = columns.FindIndex(c => c.Str("type") == "money") + 1;
        if (moneyColumn > 0)
            Assert.Equal("£#,##0.00", sheet.Cell(2, moneyColumn).Style.NumberFormat.Format);

        if (name is "wip" or "aged-debt")
        {
            Assert.Contains(csv, row => row.Contains("'=HYPERLINK(\"http://evil.example\")"));
            Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
        }
        var exports = await firm.AuditAsync("&action=BillingExported");
        Assert.Equal(2, exports.Count);
    }

    private static string Text(JsonElement value, JsonElement column) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.Number when column.Str("type") == "money" => (value.GetInt64() / 100m).ToString("0.00", CultureInfo.InvariantCulture),
        JsonValueKind.Number => Number(value.GetDecimal(), column),
        _ => Neutralised(value.GetString() ?? ""),
    };

    private static string Number(decimal d, JsonElement column) =>
        d.ToString("F" + column.GetProperty("decimals").GetInt32().ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Neutralised(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' ? "'" + s : s;

    private static string XlsxText(IXLCell cell, JsonElement column) => cell.IsEmpty() ? "" : column.Str("type") switch
    {
        "money" => cell.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture),
        "number" => Number(cell.GetValue<decimal>(), column),
        "date" => DateOnly.FromDateTime(cell.GetDateTime()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    /// <summary>RFC 4180 fields of one line (no line breaks inside fields in these reports).</summary>
    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; }
                    else if (line[i] == '"') { i++; break; }
                    else sb.Append(line[i++]);
                }
                fields.Add(sb.ToString());
                i++; // the comma
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                fields.Add(line[i..end]);
                i = end + 1;
            }
        }
        return fields;
    }
}
