using System.Globalization;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>A statement line as read from a file, before it is stored. <paramref name="Row"/> names it in messages.</summary>
public sealed record ParsedStatementLine(int Row, DateOnly Date, string Description, string? Reference, long AmountMinor, string ExternalId);

internal static class StatementAmounts
{
    /// <summary>"1,234.56", "-12.00", "£12", "(12.00)" → pence; null when it is not an amount of whole pence.</summary>
    public static long? ToMinor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var negative = t.StartsWith('(') && t.EndsWith(')');
        if (negative)
            t = t[1..^1];
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
            return null;
        var pence = pounds * 100;
        if (pence != decimal.Truncate(pence) || Math.Abs(pence) > long.MaxValue / 2)
            return null;
        return (long)(negative ? -pence : pence);
    }

    public static DomainRuleException BadRow(string what, int row, string message) =>
        new("statement.bad_row", $"{what} {row}: {message} Nothing was imported.");
}
