using System.Globalization;
using CaseTrak.Web.Platform.Calendar;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Matter words, money and dates as people read them (UI.md: status words the same everywhere, £1,234.56).</summary>
public static class MatterDisplay
{

    public static string Status(MatterStatus status) => status switch
    {
        MatterStatus.OnHold => "On hold",
        _ => status.ToString(),
    };

    /// <summary>The badge class: the word carries the meaning, colour only repeats it.</summary>
    public static string StatusBadge(MatterStatus status) => status switch
    {
        MatterStatus.Open => "status-ok",
        MatterStatus.Enquiry => "status-warn",
        MatterStatus.OnHold => "status-warn",
        _ => "status-off",
    };

    public static string Role(PartyRole role) => role switch
    {
        PartyRole.OtherSide => "Other side",
        PartyRole.OtherSideSolicitor => "Other side's solicitor",
        _ => role.ToString(),
    };

    public static string Kind(KeyDateKind kind) => kind.ToString();

    public static string Undertaking(UndertakingStatus status) => status.ToString();

    public static string Basis(LimitationBasis basis) => basis switch
    {
        LimitationBasis.Contract => "Contract (6 years)",
        LimitationBasis.Tort => "Tort (6 years)",
        LimitationBasis.PersonalInjury => "Personal injury (3 years)",
        LimitationBasis.Defamation => "Defamation (1 year)",
        LimitationBasis.Deed => "Action on a deed (12 years)",
        LimitationBasis.RecoveryOfLand => "Recovery of land (12 years)",
        LimitationBasis.LatentDamage => "Latent damage (6 years, or 3 from knowledge; 15-year longstop)",
        LimitationBasis.UnfairDismissal => "Unfair dismissal (3 months less one day)",
        LimitationBasis.InheritanceAct => "Inheritance Act claim (6 months from the grant)",
        _ => basis.ToString(),
    };

    /// <summary>"£1,234.56"</summary>
    public static string Money(long minor) => Platform.Money.MoneyText.Pounds(minor);

    /// <summary>"26 Nov 2026"</summary>
    public static string Date(DateOnly date) => Contacts.ContactDisplay.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    /// <summary>A value for an &lt;input type="date"&gt;.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Parses "1,234.56" or "£1,234" into pence; null when blank; false when not money.</summary>
    public static bool TryParseMoney(string? text, out long? minor)
    {
        minor = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var cleaned = text.Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds)
            return false;
        minor = (long)(pounds * 100);
        return true;
    }
}
