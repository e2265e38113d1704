using CaseTrak.Web.Features.Billing;

namespace CaseTrak.IntegrationTests.Billing.Reports;

/// <summary>England and Wales bank holidays as published on GOV.UK, including substitute days and one-off changes.</summary>
public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    public void Bank_holidays_match_the_published_list(int year, string expected) =>
        Assert.Equal(expected.Split(' ').Select(DateOnly.Parse), WorkingDays.BankHolidays(year));

    [Fact]
    public void Working_days_are_weekdays_less_bank_holidays()
    {
        Assert.Equal(5, WorkingDays.Count(new(2026, 8, 24), new(2026, 8, 31)));
        Assert.Equal(0, WorkingDays.Count(new(2026, 12, 25), new(2026, 12, 28)));
        Assert.Equal(253, WorkingDays.Count(new(2026, 1, 1), new(2026, 12, 31)));
    }
}
