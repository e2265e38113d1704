using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Reads the transactions (STMTTRN) of an OFX statement, in the SGML form of OFX 1.x (leaf elements not closed) and
/// the XML form of 2.x alike: a leaf's value runs to the next tag or the end of the line. The bank's FITID is each
/// line's id.
/// </summary>
internal static partial class StatementOfxReader
{
    public static bool LooksLikeOfx(string fileName, string text) =>
        fileName.EndsWith(".ofx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".qfx", StringComparison.OrdinalIgnoreCase)
        || text.TrimStart().StartsWith("OFXHEADER", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<OFX>", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<ParsedStatementLine> Read(string text)
    {
        var lines = new List<ParsedStatementLine>();
        var n = 0;
        foreach (Match block in Transaction().Matches(text))
        {
            n++;
            var body = block.Groups[1].Value;
            var posted = Leaf(body, "DTPOSTED");
            if (posted is null || posted.Length < 8
                || !DateOnly.TryParseExact(posted[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw StatementAmounts.BadRow("Transaction", n, $"DTPOSTED “{posted}” is not a date (YYYYMMDD).");
            var amountText = Leaf(body, "TRNAMT");
            if (amountText is not null && !amountText.Contains('.', StringComparison.Ordinal))
                amountText = amountText.Replace(',', '.');
            var amount = StatementAmounts.ToMinor(amountText)
                ?? throw StatementAmounts.BadRow("Transaction", n, $"TRNAMT “{amountText}” is not an amount in pounds and pence.");
            var fitId = Leaf(body, "FITID");
            if (string.IsNullOrWhiteSpace(fitId))
                throw StatementAmounts.BadRow("Transaction", n, "it has no FITID, the bank's id for the transaction.");
            var name = Leaf(body, "NAME");
            var memo = Leaf(body, "MEMO");
            var description = string.Join(" — ", new[] { name, memo }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
            if (description.Length == 0)
                description = Leaf(body, "TRNTYPE") ?? "Transaction";
            var reference = Leaf(body, "REFNUM") ?? Leaf(body, "CHECKNUM");
            lines.Add(new(n, date, Cut(description, 500), reference is null ? null : Cut(reference, 100), amount, Cut("ofx:" + fitId, 100)));
        }
        if (n == 0 && !text.Contains("<BANKTRANLIST>", StringComparison.OrdinalIgnoreCase))
            throw new Platform.Errors.DomainRuleException("statement.unreadable", "This file is not an OFX statement with a transaction list. Nothing was imported.");
        return lines;
    }

    private static string? Leaf(string body, string tag)
    {
        var m = Regex.Match(body, $@"<{tag}>\s*([^<\r\n]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!m.Success)
            return null;
        var value = WebUtility.HtmlDecode(m.Groups[1].Value).Trim();
        return value.Length == 0 ? null : value;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    [GeneratedRegex(@"<STMTTRN>(.*?)</STMTTRN>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Transaction();
}
