using System.Globalization;
using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Outputs;

public sealed class LedesTests(TestApp app)
{
    private static decimal Amount(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    private static async Task<(HttpResponseMessage Response, List<string[]> Rows, string[] Lines)> LedesAsync(TestFirm firm, Guid id, string format)
    {
        var response = await firm.Admin.GetAsync($"/api/v1/invoices/{id}/ledes?format={format}").ExpectAsync(200);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.EndsWith("[]", l));
        return (response, lines.Skip(2).Select(l => l[..^2].Split('|')).ToList(), lines);
    }

    [Fact]
    public async Task A_final_bill_as_LEDES_1998B_has_24_fields_a_line_and_net_totals()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (bill, _) = await OutputTestData.FinalisedBillAsync(firm);

        var (response, rows, lines) = await LedesAsync(firm, bill.Id(), "1998B");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{bill.Str("number")}.ledes.txt", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("LEDES1998B[]", lines[0]);
        Assert.Equal(24, lines[1][..^2].Split('|').Length);
        Assert.Equal(bill.Lines().Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(24, r.Length));
        Assert.All(rows, r => Assert.Equal(bill.Str("number"), r[1]));
        Assert.All(rows, r => Assert.Equal(bill.Long("netMinor") / 100m, Amount(r[4])));
        Assert.Equal(bill.Long("netMinor") / 100m, rows.Sum(r => Amount(r[12])));
        var fee = rows.Single(r => r[9] == "F");
        Assert.Equal(("1.50", "200.00", "L210", "A103"), (fee[10], fee[20], fee[14], fee[16]));
        Assert.Equal(2, rows.Count(r => r[9] == "E" && r[15].StartsWith('E')));
        Assert.All(rows, r => Assert.Matches("^[0-9]{8}$", r[13]));
    }

    [Fact]
    public async Task A_final_bill_as_LEDES_1998BI_has_52_fields_and_tax_inclusive_totals()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (bill, _) = await OutputTestData.FinalisedBillAsync(firm);

        var (_, rows, lines) = await LedesAsync(firm, bill.Id(), "1998BI");

        Assert.Equal("LEDES98BI V2[]", lines[0]);
        Assert.All(rows, r => Assert.Equal(52, r.Length));
        Assert.Equal(bill.Long("totalMinor") / 100m, rows.Sum(r => Amount(r[12])));
        Assert.All(rows, r => Assert.Equal(bill.Long("totalMinor") / 100m, Amount(r[4])));
        Assert.All(rows, r => Assert.Equal(bill.Long("vatMinor") / 100m, Amount(r[27])));
        Assert.All(rows, r => Assert.Equal(bill.Long("netMinor") / 100m, Amount(r[28])));
        Assert.All(rows, r => Assert.Equal(("GBP", "GB123456789", "WC2A 1AA", "GB"), (r[29], r[19], r[38], r[39])));
        Assert.Equal(bill.Long("vatMinor") / 100m, rows.Sum(r => Amount(r[48])));
        Assert.Contains(rows, r => r[47] == "0.20" && r[49] == "VAT");
    }

    [Fact]
    public async Task A_draft_cannot_be_sent_as_LEDES_and_an_unknown_format_is_refused()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var draft = await firm.DraftFeeBillAsync();
        var final = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());

        Assert.Equal("bill.not_final", (await firm.Admin.GetAsync($"/api/v1/invoices/{draft.Id()}/ledes?format=1998B").ExpectJsonAsync(409)).Code());
        await firm.Admin.GetAsync($"/api/v1/invoices/{final.Id()}/ledes?format=2000").ExpectAsync(400);
        Assert.Equal("draft", (await firm.GetBillAsync(draft.Id())).Str("status"));
    }
}
