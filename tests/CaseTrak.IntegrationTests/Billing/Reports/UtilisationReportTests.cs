using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class UtilisationReportTests(TestApp app)
{
    [Fact]
    public async Task Utilisation_compares_chargeable_hours_with_the_target_over_working_days_less_bank_holidays()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var user = await firm.AddUserAsync("feeEarner");
        var session = await firm.SignInAsync(user);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/users/{user.Id}/fee-earner-profile", new { grade = "C", targetMinutesPerDay = 300 }, "*")
            .ExpectAsync(200);
        var (matter, _) = await firm.OpenBillableMatterAsync(title: "Utilisation");
        // 24–31 Aug 2026: six weekdays, less the summer bank holiday on Monday 31 August = five working days.
        var tuesday = new DateOnly(2026, 8, 25);
        await firm.RecordTimeAsync(matter, 360, tuesday, as_: session.Client);
        await firm.RecordTimeAsync(matter, 240, tuesday.AddDays(1), as_: session.Client);
        await firm.RecordTimeAsync(matter, 120, tuesday, as_: session.Client, billability: "nonBillable");
        await firm.RecordTimeAsync(matter, 60, new DateOnly(2026, 9, 1), as_: session.Client); // after the period

        var query = "from=2026-08-24&to=2026-08-31";
        var report = await firm.Admin.ReportAsync("utilisation", query);
        Assert.Equal("5", report.GetProperty("parameters").Str("workingDays"));
        var row = report.RowFor("feeEarnerId", user.Id.ToString());
        Assert.Equal((10.00m, 2.00m, 25.00m, 40.0m),
            (row.Dec("chargeableHours"), row.Dec("nonChargeableHours"), row.Dec("targetHours"), row.Dec("utilisationPercent")));

        // A fee earner sees only their own row; a user with no profile and no time in the period is not listed.
        var own = await session.Client.ReportAsync("utilisation", query);
        Assert.Equal(user.Id.ToString(), Assert.Single(own.Rows()).Str("feeEarnerId"));
        Assert.DoesNotContain(report.Rows(), r => r.Str("feeEarnerId") == firm.Owner.Id.ToString());
    }
}
