using System.Globalization;
using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Splits a bill's one-block address snapshot into LEDES98BI's address fields. When the snapshot still matches the
/// firm's or client's current record, that record's own fields are used; otherwise the block is split by line.
/// </summary>
public static class LedesAddress
{
    public static LedesParty Party(string name, string? snapshot, string? current, LedesParty? structured)
    {
        if (structured is not null && string.Equals(snapshot ?? "", current ?? "", StringComparison.Ordinal))
            return structured with { Name = name };
        var lines = (snapshot ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string? country = "GB";
        var postcodeAt = lines.FindLastIndex(UkPostcode.IsValid);
        if (postcodeAt >= 0 && postcodeAt < lines.Count - 1)
        {
            country = CountryCode(string.Join(" ", lines[(postcodeAt + 1)..]));
            lines = lines[..(postcodeAt + 1)];
        }
        var postcode = postcodeAt >= 0 ? lines[^1] : null;
        if (postcode is not null)
            lines.RemoveAt(lines.Count - 1);
        return lines.Count switch
        {
            0 => new(name, null, null, null, null, postcode, country),
            1 => new(name, lines[0], null, null, null, postcode, country),
            2 => new(name, lines[0], null, lines[1], null, postcode, country),
            3 => new(name, lines[0], lines[1], lines[2], null, postcode, country),
            _ => new(name, lines[0], lines[1], lines[2], string.Join(", ", lines[3..]), postcode, country),
        };
    }

    /// <summary>ISO 3166 alpha-2 for a country as typed ("United Kingdom", "England", "France", "fr"); no country is the UK.</summary>
    public static string? CountryCode(string? country)
    {
        if (string.IsNullOrWhiteSpace(country) || UkPostcode.AppliesTo(country))
            return "GB";
        var text = country.Trim();
        if (text.Length == 2 && text.All(char.IsAsciiLetter))
            return text.ToUpperInvariant();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var region = new RegionInfo(culture.Name);
            if (string.Equals(region.EnglishName, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(region.ThreeLetterISORegionName, text, StringComparison.OrdinalIgnoreCase))
                return region.TwoLetterISORegionName;
        }
        return text;
    }
}
