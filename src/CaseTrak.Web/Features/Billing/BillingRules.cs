namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The arithmetic of time and VAT, pure so it can be tested on its own. Every rounding is stated:
/// time rounds up to whole units; money rounds half-up (away from zero) to the penny.
/// </summary>
public static class BillingRules
{
    public const int MaxMinutesPerEntry = 24 * 60;

    /// <summary>Whole units covering the minutes: 7 minutes in 6-minute units is 2 units.</summary>
    public static int Units(int minutes, int unitMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfLessThan(unitMinutes, 1);
        return (minutes + unitMinutes - 1) / unitMinutes;
    }

    /// <summary>The value of units at an hourly rate: units × unit minutes × rate ÷ 60, half-up to the penny.</summary>
    public static long Value(int units, int unitMinutes, long hourlyRateMinor) =>
        DivideHalfUp((long)units * unitMinutes * hourlyRateMinor, 60);

    /// <summary>VAT on one line at a rate in basis points (2000 = 20%), half-up to the penny.</summary>
    public static long Vat(long netMinor, int rateBp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rateBp);
        return DivideHalfUp(netMinor * rateBp, 10_000);
    }

    /// <summary>Rounds a quotient half away from zero, so a credit mirrors the charge it reverses.</summary>
    public static long DivideHalfUp(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        var magnitude = (Math.Abs(numerator) + denominator / 2) / denominator;
        return numerator < 0 ? -magnitude : magnitude;
    }

    /// <summary>The amount a percentage discount in basis points takes off a line's net (not the net after it), half-up.</summary>
    public static long Discount(long netMinor, int discountBp) => DivideHalfUp(netMinor * discountBp, 10_000);
}
