using System.Globalization;

namespace CaseTrak.Web.Platform.Money;

/// <summary>How money reads everywhere in CaseTrak (UI.md): pounds with a thousands separator, "-£12.50" when negative.</summary>
public static class MoneyText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Pounds(long minor) => (minor < 0 ? "-£" : "£") + (Math.Abs(minor) / 100m).ToString("N2", Uk);
}
