using System.Text.RegularExpressions;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// UK postcodes: the pattern the UK Government Data Standards Catalogue publishes (with GIR 0AA), applied
/// to the text with spaces removed, and the stored form: upper case with one space before the inward code.
/// </summary>
public static partial class UkPostcode
{
    [GeneratedRegex(@"^(GIR0AA|((([A-Z][0-9]{1,2})|(([A-Z][A-HJ-Y][0-9]{1,2})|(([A-Z][0-9][A-Z])|([A-Z][A-HJ-Y][0-9][A-Z]?))))[0-9][A-Z]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>"sw1a1aa" → "SW1A 1AA"; null when the text is not a UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is < 5 or > 7 || !Pattern().IsMatch(compact))
            return null;
        return $"{compact[..^3]} {compact[^3..]}";
    }

    public static bool IsValid(string? text) => Normalise(text) is not null;

    /// <summary>Whether an address in this country takes a UK postcode (no country means the UK).</summary>
    public static bool AppliesTo(string? country) => string.IsNullOrWhiteSpace(country) || UkCountries.Contains(country.Trim());

    private static readonly HashSet<string> UkCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "UK", "U.K.", "GB", "United Kingdom", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    };
}
