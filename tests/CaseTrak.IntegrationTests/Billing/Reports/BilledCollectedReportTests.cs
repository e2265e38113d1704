using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class BilledCollectedReportTests(TestApp app)
{
    [Fact]
    public async Task Billed_and_collected_by_month_nets_off_credit_notes_and_leaves_out_void_bills()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync(title: "Monthly figures");
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        var first = await firm.FinalBillAsync(matter, lastMonth);          // 24000
        var second = await firm.FinalBillAsync(matter, Today);              // 24000
        await firm.CreditAsync(first, Today, netMinor: 5_000);             // 5000 + 1000 VAT
        await firm.CreditAsync(second, Today);                             // all 24000
        await firm.PayAsync(first.Id(), 10_000, Today);
        var voided = await firm.FinalBillAsync(matter, Today);
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{voided.Id()}/void", new { reason = "Sent to the wrong client" }).ExpectAsync(200);
        await firm.FinalBillAsync(matter, thisMonth.AddMonths(-12));      // before the twelve months

        var report = await firm.Admin.ReportAsync("billed-collected", $"asOf={Iso(Today)}");
        var rows = report.Rows();
        Assert.Equal(12, rows.Count);
        Assert.Equal(Iso(thisMonth.AddMonths(-11)), rows[0].Str("monthStart"));
        var last = rows[10];
        Assert.Equal((Iso(lastMonth), 24_000L, 0L, 24_000L, 0L),
            (last.Str("monthStart"), last.Long("billedMinor"), last.Long("creditedMinor"), last.Long("netBilledMinor"), last.Long("collectedMinor")));
        var now = rows[11];
        Assert.Equal((Iso(thisMonth), 24_000L, 30_000L, -6_000L, 10_000L),
            (now.Str("monthStart"), now.Long("billedMinor"), now.Long("creditedMinor"), now.Long("netBilledMinor"), now.Long("collectedMinor")));
        Assert.All(rows.Take(10), r => Assert.Equal(0, r.Long("billedMinor")));
        Assert.Equal((48_000L, 18_000L, 10_000L), (report.Totals().Long("billedMinor"), report.Totals().Long("netBilledMinor"), report.Totals().Long("collectedMinor")));
    }
}
