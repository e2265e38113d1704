using System.Globalization;
using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Money, time and dates of billing as people read them (UI.md: "£1,234.56", "26 Nov 2026").</summary>
public static class BillingDisplay
{
    public const string Currency = "GBP";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Money(long minor) => Platform.Money.MoneyText.Pounds(minor);

    public static string Date(DateOnly date) => ContactDisplay.Date(date);

    /// <summary>"1.50" hours for 90 minutes.</summary>
    public static string Hours(long minutes) => (minutes / 60m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"1h 30m", "45m".</summary>
    public static string Duration(long minutes) => minutes >= 60
        ? $"{minutes / 60}h{(minutes % 60 == 0 ? "" : $" {minutes % 60}m")}"
        : $"{minutes}m";

    /// <summary>Today in the UK, the day time is recorded against by default.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Shared.Display.ToUk(clock.GetUtcNow().UtcDateTime));
}
