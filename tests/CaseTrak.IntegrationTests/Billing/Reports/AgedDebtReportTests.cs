using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class AgedDebtReportTests(TestApp app)
{
    [Fact]
    public async Task Aged_debt_puts_each_bill_in_its_bucket_at_the_boundary_days_and_counts_payments_from_their_date()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync(title: "Boundary dispute");
        var (other, _) = await firm.OpenBillableMatterAsync(title: "Old debt");
        var asOf = Today;
        foreach (var days in new[] { 30, 31, 60, 61, 90 })
            await firm.FinalBillAsync(matter, asOf.AddDays(-days)); // 24000 each
        var oldest = await firm.FinalBillAsync(other, asOf.AddDays(-91));
        await firm.PayAsync(oldest.Id(), 4_000, asOf.AddDays(-10));
        var paid = await firm.FinalBillAsync(other, asOf.AddDays(-5));
        await firm.PayAsync(paid.Id(), 24_000, asOf.AddDays(-2));

        var report = await firm.Admin.ReportAsync("aged-debt", $"asOf={Iso(asOf)}");
        var row = report.RowFor("matterId", matter.ToString());
        Assert.Equal((24_000L, 48_000L, 48_000L, 0L, 120_000L),
            (row.Long("days0To30Minor"), row.Long("days31To60Minor"), row.Long("days61To90Minor"), row.Long("over90Minor"), row.Long("totalMinor")));
        var old = report.RowFor("matterId", other.ToString());
        Assert.Equal((0L, 20_000L, 20_000L), (old.Long("days61To90Minor"), old.Long("over90Minor"), old.Long("totalMinor")));
        var totals = report.Totals();
        Assert.Equal((20_000L, 140_000L), (totals.Long("over90Minor"), totals.Long("totalMinor")));

        // Twenty days earlier the payment had not arrived, the 91-day bill was 71 days old, and the paid bill not yet issued.
        var earlier = await firm.Admin.ReportAsync("aged-debt", $"asOf={Iso(asOf.AddDays(-20))}");
        var then = earlier.RowFor("matterId", other.ToString());
        Assert.Equal((24_000L, 0L, 24_000L), (then.Long("days61To90Minor"), then.Long("over90Minor"), then.Long("totalMinor")));
        var boundary = earlier.RowFor("matterId", matter.ToString()); // 30 → 10 days, 31 → 11, 60 → 40, 61 → 41, 90 → 70
        Assert.Equal((48_000L, 48_000L, 24_000L), (boundary.Long("days0To30Minor"), boundary.Long("days31To60Minor"), boundary.Long("days61To90Minor")));
    }
}
