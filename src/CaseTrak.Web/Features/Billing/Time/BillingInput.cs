using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseTrak.Web.Features.Billing;

/// <summary>What people type into billing forms: durations ("1.5", "90m", "1:30", "1h 30m") and money ("£1,234.56").</summary>
public static partial class BillingInput
{
    /// <summary>Minutes, or null when the text is not a duration. A bare number is hours.</summary>
    public static int? Minutes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (ClockPattern().Match(t) is { Success: true } clock)
            return int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture);
        if (HoursMinutesPattern().Match(t) is { Success: true } hm && (hm.Groups[1].Success || hm.Groups[2].Success))
        {
            var hours = hm.Groups[1].Success ? decimal.Parse(hm.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var minutes = hm.Groups[2].Success ? int.Parse(hm.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            return (int)Math.Round(hours * 60, MidpointRounding.AwayFromZero) + minutes;
        }
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h)
            ? (int)Math.Round(h * 60, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>Pence, or null when the text is not an amount of pounds.</summary>
    public static long? Pence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) && decimal.Round(pounds, 2) == pounds
            ? (long)(pounds * 100)
            : null;
    }

    /// <summary>"1234.56" for a form field.</summary>
    public static string Pounds(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"20" for 2000 basis points.</summary>
    public static string Percent(int bp) => (bp / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Basis points from "20", "20%" or "17.5".</summary>
    public static int? BasisPoints(string? text) =>
        decimal.TryParse(text?.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100
            ? (int)Math.Round(pct * 100)
            : null;

    [GeneratedRegex(@"^(\d{1,2}):([0-5]\d)$")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+)m(?:in|ins)?)?$")]
    private static partial Regex HoursMinutesPattern();
}
