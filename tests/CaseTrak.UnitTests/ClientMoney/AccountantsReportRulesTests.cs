using CaseTrak.Web.Features.ClientMoney;

namespace CaseTrak.UnitTests.ClientMoney;

public sealed class AccountantsReportRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Fact]
    public void A_small_steady_balance_is_exempt()
    {
        var figures = AccountantsReportRules.Evaluate(Start, End, 500_000, []);

        Assert.Equal(500_000, figures.AverageMinor);
        Assert.Equal(500_000, figures.MaximumMinor);
        Assert.True(figures.Exempt);
    }

    [Fact]
    public void One_day_above_250_thousand_pounds_needs_a_report_even_with_a_low_average()
    {
        // £0 all year except £250,000.01 held on 1 July and paid out the next day: average ≈ £684.93.
        var figures = AccountantsReportRules.Evaluate(Start, End, 0, [(new(2026, 7, 1), 25_000_001), (new(2026, 7, 2), 0)]);

        Assert.Equal(68_493, figures.AverageMinor);
        Assert.Equal(25_000_001, figures.MaximumMinor);
        Assert.False(figures.Exempt);
    }

    [Fact]
    public void An_average_just_over_ten_thousand_pounds_needs_a_report()
    {
        // £10,000 for the first half of the year and £10,000.02 for the rest... averages a penny over (half-up).
        var figures = AccountantsReportRules.Evaluate(Start, End, 1_000_000, [(new(2026, 7, 3), 1_000_002)]);

        Assert.Equal(1_000_001, figures.AverageMinor);
        Assert.False(figures.Exempt);
        Assert.True(AccountantsReportRules.Evaluate(Start, End, 1_000_000, [(new(2026, 7, 3), 1_000_002)], allFromLegalAidAgency: true).Exempt);
    }

    [Fact]
    public void A_balance_carries_from_its_day_until_the_next_change()
    {
        // 10 days: £100 for days 1–4, £400 for days 5–10 → (4×100 + 6×400) / 10 = £280.
        var figures = AccountantsReportRules.Evaluate(Start, Start.AddDays(9), 10_000, [(Start.AddDays(4), 40_000)]);

        Assert.Equal(28_000, figures.AverageMinor);
        Assert.Equal(40_000, figures.MaximumMinor);
    }
}
