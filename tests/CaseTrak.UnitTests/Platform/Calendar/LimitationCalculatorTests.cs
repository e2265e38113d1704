using CaseTrak.Web.Platform.Calendar;

namespace CaseTrak.UnitTests.Platform.Calendar;

public sealed class LimitationCalculatorTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static LimitationResult Calc(LimitationBasis basis, string accrual, string? knowledge = null, string? born = null, int? acas = null) =>
        LimitationCalculator.Calculate(new(basis, D(accrual), knowledge is null ? null : D(knowledge), born is null ? null : D(born), acas));

    [Theory]
    [InlineData(LimitationBasis.Contract, "2020-06-01", "2026-06-01")]
    [InlineData(LimitationBasis.Tort, "2019-12-31", "2025-12-31")]
    [InlineData(LimitationBasis.PersonalInjury, "2021-03-15", "2024-03-15")]
    [InlineData(LimitationBasis.Defamation, "2025-07-04", "2026-07-04")]
    [InlineData(LimitationBasis.Deed, "2014-01-20", "2026-01-20")]
    [InlineData(LimitationBasis.RecoveryOfLand, "2010-05-05", "2022-05-05")]
    [InlineData(LimitationBasis.LatentDamage, "2015-09-01", "2021-09-01")]
    [InlineData(LimitationBasis.InheritanceAct, "2026-01-15", "2026-07-15")]
    public void Each_basis_runs_its_period_from_accrual_to_the_anniversary(LimitationBasis basis, string accrual, string expected) =>
        Assert.Equal(D(expected), Calc(basis, accrual).Date);

    [Fact]
    public void A_29_February_accrual_ends_on_28_February_when_the_year_has_no_29th()
    {
        var result = Calc(LimitationBasis.Contract, "2020-02-29");

        Assert.Equal(D("2026-02-28"), result.Date);
        Assert.Contains(result.Working, w => w.Contains("no 29th of February in 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_29_February_accrual_keeps_the_29th_when_the_end_year_is_a_leap_year() =>
        Assert.Equal(D("2024-02-29"), Calc(LimitationBasis.RecoveryOfLand, "2012-02-29").Date);

    [Fact]
    public void Six_months_from_31_August_is_the_last_day_of_February() => Assert.Equal(D("2027-02-28"), Calc(LimitationBasis.InheritanceAct, "2026-08-31").Date);

    [Fact]
    public void For_a_child_time_runs_from_the_18th_birthday()
    {
        var result = Calc(LimitationBasis.PersonalInjury, "2015-04-10", born: "2008-11-02");

        Assert.Equal(D("2029-11-02"), result.Date);
        Assert.Contains(result.Working, w => w.Contains("18th birthday, 2 Nov 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void An_adult_claimant_gains_nothing_from_the_child_rule() =>
        Assert.Equal(D("2026-06-01"), Calc(LimitationBasis.Contract, "2020-06-01", born: "1980-01-01").Date);

    [Fact]
    public void A_child_born_on_29_February_turns_18_on_28_February_in_a_common_year() =>
        Assert.Equal(D("2027-02-28"), Calc(LimitationBasis.Defamation, "2010-01-01", born: "2008-02-29").Date);

    [Fact]
    public void Personal_injury_runs_from_a_later_date_of_knowledge() =>
        Assert.Equal(D("2026-08-20"), Calc(LimitationBasis.PersonalInjury, "2020-01-01", knowledge: "2023-08-20").Date);

    [Fact]
    public void Latent_damage_takes_three_years_from_knowledge_when_that_is_later()
    {
        var result = Calc(LimitationBasis.LatentDamage, "2012-03-01", knowledge: "2019-05-10");

        Assert.Equal(D("2022-05-10"), result.Date);
        Assert.Contains(result.Working, w => w.StartsWith("The later of 1 Mar 2018 and 10 May 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Latent_damage_never_runs_past_the_15_year_longstop()
    {
        var result = Calc(LimitationBasis.LatentDamage, "2010-01-31", knowledge: "2023-06-01");

        Assert.Equal(D("2025-01-31"), result.Date);
        Assert.Contains(result.Working, w => w.Contains("longstop applies", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-01-10", null, "2026-04-09")]
    [InlineData("2026-03-01", null, "2026-05-31")]
    [InlineData("2026-01-31", null, "2026-04-30")]
    [InlineData("2026-08-31", null, "2026-11-30")]
    [InlineData("2026-01-10", 14, "2026-04-23")]
    public void Unfair_dismissal_is_three_months_less_one_day_plus_acas_days(string edt, int? acas, string expected) =>
        Assert.Equal(D(expected), Calc(LimitationBasis.UnfairDismissal, edt, acas: acas).Date);

    [Fact]
    public void Every_result_shows_its_working_ending_with_the_date()
    {
        var result = Calc(LimitationBasis.Contract, "2020-06-01");

        Assert.True(result.Working.Count >= 3);
        Assert.Equal("Limitation date: 1 Jun 2026 (the last day to issue the claim).", result.Working[^1]);
    }
}
