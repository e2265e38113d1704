using CaseTrak.Web.Features.Billing;

namespace CaseTrak.UnitTests.Billing;

/// <summary>UK-RULES (Time, Bills and VAT): time rounds up to whole units; money rounds half-up per line.</summary>
public sealed class BillingRulesTests
{
    [Theory]
    [InlineData(0, 6, 0)]
    [InlineData(1, 6, 1)]
    [InlineData(6, 6, 1)]
    [InlineData(7, 6, 2)]
    [InlineData(60, 6, 10)]
    [InlineData(61, 6, 11)]
    [InlineData(1, 1, 1)]
    [InlineData(61, 1, 61)]
    [InlineData(1, 10, 1)]
    [InlineData(60, 10, 6)]
    [InlineData(61, 10, 7)]
    [InlineData(1, 15, 1)]
    [InlineData(15, 15, 1)]
    [InlineData(16, 15, 2)]
    [InlineData(60, 15, 4)]
    [InlineData(61, 15, 5)]
    [InlineData(BillingRules.MaxMinutesPerEntry, 6, 240)]
    public void Minutes_round_up_to_whole_units(int minutes, int unitMinutes, int expected) =>
        Assert.Equal(expected, BillingRules.Units(minutes, unitMinutes));

    [Fact]
    public void Negative_minutes_and_units_under_a_minute_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingRules.Units(-1, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingRules.Units(6, 0));
    }

    [Theory]
    [InlineData(1, 6, 25_000, 2_500)]      // 6 minutes at £250/h = £25.00
    [InlineData(15, 6, 25_000, 37_500)]    // 1.5 h = £375.00
    [InlineData(1, 6, 12_345, 1_235)]      // £12.345 → £12.35 (half-up)
    [InlineData(1, 6, 12_344, 1_234)]      // £12.344 → £12.34
    [InlineData(1, 1, 100, 2)]             // 1/60 of £1 = 1.67p → 2p
    [InlineData(1, 1, 90, 2)]              // 1.5p → 2p
    [InlineData(1, 1, 89, 1)]              // 1.483p → 1p
    [InlineData(0, 6, 25_000, 0)]
    [InlineData(4, 15, 18_000, 18_000)]    // four quarter hours = one hour
    public void Value_is_units_times_the_hourly_rate_half_up_to_the_penny(int units, int unitMinutes, long rate, long expected) =>
        Assert.Equal(expected, BillingRules.Value(units, unitMinutes, rate));

    [Theory]
    [InlineData(10_000, 2000, 2_000)]
    [InlineData(1_234, 2000, 247)]   // 246.8p → 247p
    [InlineData(1_232, 2000, 246)]   // 246.4p → 246p
    [InlineData(10, 500, 1)]         // 0.5p at 5% → 1p
    [InlineData(30, 500, 2)]         // 1.5p → 2p
    [InlineData(9, 500, 0)]          // 0.45p → 0p
    [InlineData(12_345, 0, 0)]       // zero-rated / outside the scope
    [InlineData(0, 2000, 0)]
    public void Vat_is_per_line_half_up_to_the_penny(long net, int rateBp, long expected) =>
        Assert.Equal(expected, BillingRules.Vat(net, rateBp));

    [Theory]
    [InlineData(1_234, 2000)]
    [InlineData(10, 500)]
    [InlineData(30, 500)]
    [InlineData(9, 500)]
    [InlineData(99_999, 2000)]
    public void Vat_on_a_discount_mirrors_vat_on_the_charge(long net, int rateBp) =>
        Assert.Equal(-BillingRules.Vat(net, rateBp), BillingRules.Vat(-net, rateBp));

    [Fact]
    public void A_negative_vat_rate_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingRules.Vat(100, -1));

    [Fact]
    public void Vat_summed_per_line_can_differ_from_vat_on_the_total_and_per_line_is_what_counts()
    {
        long[] nets = [1_232, 1_232, 1_232]; // 246.4p each
        Assert.Equal(738, nets.Sum(n => BillingRules.Vat(n, 2000)));
        Assert.Equal(739, BillingRules.Vat(nets.Sum(), 2000)); // 739.2p on the total
    }

    [Theory]
    [InlineData(5, 10, 1)]
    [InlineData(4, 10, 0)]
    [InlineData(15, 10, 2)]
    [InlineData(-5, 10, -1)]
    [InlineData(-4, 10, 0)]
    [InlineData(-15, 10, -2)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 3, 1)]
    [InlineData(-2, 3, -1)]
    [InlineData(0, 7, 0)]
    [InlineData(7, 1, 7)]
    public void DivideHalfUp_rounds_half_away_from_zero(long numerator, long denominator, long expected) =>
        Assert.Equal(expected, BillingRules.DivideHalfUp(numerator, denominator));

    [Fact]
    public void DivideHalfUp_refuses_a_zero_or_negative_denominator()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingRules.DivideHalfUp(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingRules.DivideHalfUp(1, -2));
    }

    [Theory]
    [InlineData(10_000, 1000, 1_000)]
    [InlineData(1_005, 1000, 101)]   // 100.5p → 101p
    [InlineData(1_004, 1000, 100)]
    [InlineData(12_345, 0, 0)]
    [InlineData(12_345, 10_000, 12_345)]
    public void Discount_is_the_amount_taken_off_half_up(long net, int discountBp, long expected) =>
        Assert.Equal(expected, BillingRules.Discount(net, discountBp));
}
