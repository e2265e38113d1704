using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Features.Billing;

/// <summary>How names and addresses are copied onto bills: trimmed, blank parts left out, one address line per line.</summary>
public static class BillingText
{
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? FirmAddress(Firm f) => Lines(f.AddressLine1, f.AddressLine2, f.Town, f.Postcode);

    public static string? ClientAddress(Contact? c) =>
        c is null ? null : Lines(c.AddressLine1, c.AddressLine2, c.Town, c.County, c.Postcode, c.Country);

    private static string? Lines(params string?[] parts)
    {
        var text = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }
}
