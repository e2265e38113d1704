using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class WipReportTests(TestApp app)
{
    [Fact]
    public async Task Wip_totals_unbilled_billable_time_and_disbursements_by_matter_and_by_fee_earner()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var feeEarnerUser = await firm.AddUserAsync("feeEarner");
        var feeEarner = await firm.SignInAsync(feeEarnerUser);
        var (acme, _) = await firm.OpenBillableMatterAsync(title: "Acme lease renewal");
        var (baker, _) = await firm.OpenBillableMatterAsync(title: "Baker estate");
        var day = Today.AddDays(-3);
        await firm.RecordTimeAsync(acme, 60, day, as_: feeEarner.Client);
        await firm.RecordTimeAsync(acme, 30, day, as_: feeEarner.Client, billability: "nonBillable");
        await firm.RecordTimeAsync(baker, 90, day);
        await firm.FinalBillAsync(baker, Today); // an hour billed: no longer WIP
        await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = acme, date = Iso(day), description = "Land Registry fee", amountMinor = 5_000, vatRateBp = 0, isAgentDisbursement = true,
        }).ExpectAsync(201);

        var byMatter = await firm.Admin.ReportAsync("wip");
        Assert.Equal(["Baker estate", "Acme lease renewal"], byMatter.Rows().Select(r => r.Str("matterTitle")));
        var a = byMatter.RowFor("matterId", acme.ToString());
        Assert.Equal((1.00m, 20_000L, 5_000L, 25_000L), (a.Dec("hours"), a.Long("timeMinor"), a.Long("disbursementsMinor"), a.Long("totalMinor")));
        var b = byMatter.RowFor("matterId", baker.ToString());
        Assert.Equal((1.50m, 30_000L, 0L, 30_000L), (b.Dec("hours"), b.Long("timeMinor"), b.Long("disbursementsMinor"), b.Long("totalMinor")));
        Assert.Equal(55_000, byMatter.Totals().Long("totalMinor"));
        Assert.Equal("GBP", byMatter.Str("currency"));

        var byFeeEarner = await firm.Admin.ReportAsync("wip", "by=feeEarner");
        var mine = byFeeEarner.RowFor("feeEarnerId", feeEarnerUser.Id.ToString());
        Assert.Equal((20_000L, 0L), (mine.Long("timeMinor"), mine.Long("disbursementsMinor")));
        var owner = byFeeEarner.RowFor("feeEarnerId", firm.Owner.Id.ToString());
        Assert.Equal((30_000L, 5_000L), (owner.Long("timeMinor"), owner.Long("disbursementsMinor")));
        Assert.Equal(55_000, byFeeEarner.Totals().Long("totalMinor"));

        var before = await firm.Admin.ReportAsync("wip", $"asOf={Iso(day.AddDays(-1))}");
        Assert.Empty(before.Rows());
        Assert.Equal(0, before.Totals().Long("totalMinor"));
        var filtered = await firm.Admin.ReportAsync("wip", $"feeEarnerId={feeEarnerUser.Id}");
        Assert.Equal(20_000, Assert.Single(filtered.Rows()).Long("totalMinor"));

        // A fee earner sees only their own time.
        var own = await feeEarner.Client.ReportAsync("wip");
        Assert.Equal((acme.ToString(), 20_000L), (Assert.Single(own.Rows()).Str("matterId"), own.Totals().Long("totalMinor")));

        // The matter header shows the same figures.
        var page = WebUtility.HtmlDecode(await firm.Admin.GetStringAsync($"/matters/{acme}"));
        Assert.Contains("£250.00", page, StringComparison.Ordinal);
        Assert.Contains("£240.00", WebUtility.HtmlDecode(await firm.Admin.GetStringAsync($"/matters/{baker}")), StringComparison.Ordinal);
    }
}
