using System.Text.RegularExpressions;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>UK bank details and the SRA's naming rule for client accounts (Accounts Rules 3.2).</summary>
public static partial class BankAccountRules
{
    /// <summary>"12-34-56", "12 34 56" or "123456" → "12-34-56"; null when it is not six digits.</summary>
    public static string? NormaliseSortCode(string? text)
    {
        var digits = Digits(text);
        return digits is { Length: 6 } ? $"{digits[..2]}-{digits[2..4]}-{digits[4..]}" : null;
    }

    /// <summary>Eight digits (spaces allowed); a few banks issue seven, which are written with a leading zero.</summary>
    public static string? NormaliseAccountNumber(string? text)
    {
        var digits = Digits(text);
        return digits?.Length switch
        {
            8 => digits,
            7 => "0" + digits,
            _ => null,
        };
    }

    /// <summary>
    /// AR 3.2: a client account is in the firm's name and its title includes the word "client". The firm's name
    /// is matched without its legal suffix (LLP, Ltd, Limited), so "Demo & Co Client Account" serves "Demo &amp; Co LLP".
    /// </summary>
    public static bool IsValidClientAccountName(string? accountName, string firmName)
    {
        if (string.IsNullOrWhiteSpace(accountName))
            return false;
        var name = Squash(accountName);
        return ClientWord().IsMatch(accountName) && name.Contains(Squash(LegalSuffix().Replace(firmName, "")), StringComparison.Ordinal);
    }

    private static string? Digits(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var kept = text.Where(c => c is not (' ' or '-')).ToArray();
        return kept.All(char.IsAsciiDigit) ? new string(kept) : null;
    }

    private static string Squash(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"\bclients?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientWord();

    [GeneratedRegex(@"\s+(LLP|Ltd\.?|Limited|plc)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalSuffix();
}
