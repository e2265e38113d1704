using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Reads a bank's CSV statement with a column mapping. Each line's id is a hash of its date, amount, description and
/// reference (and how many identical rows came before it), so importing the same file again finds the same lines.
/// </summary>
internal static class StatementCsvReader
{
    public static IReadOnlyList<ParsedStatementLine> Read(string text, StatementCsvMapping mapping)
    {
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, DetectDelimiter = true, BadDataFound = null, TrimOptions = TrimOptions.Trim,
        });
        string[]? header = null;
        var lines = new List<ParsedStatementLine>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (parser.Read())
        {
            var row = parser.Row;
            var record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
                continue;
            if (mapping.HasHeader && header is null)
            {
                header = record;
                continue;
            }
            string? Cell(string? column)
            {
                if (column is null)
                    return null;
                var index = ColumnIndex(column, header);
                if (index is null)
                    throw StatementAmounts.BadRow("Row", row, $"there is no column “{column}”{(header is null ? "" : " in the header row")}.");
                return index.Value < record.Length ? record[index.Value].Trim() : null;
            }
            var dateText = Cell(mapping.DateColumn);
            if (!DateOnly.TryParseExact(dateText, mapping.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw StatementAmounts.BadRow("Row", row, $"“{dateText}” is not a date in the format {mapping.DateFormat}.");
            var description = Cell(mapping.DescriptionColumn);
            if (string.IsNullOrWhiteSpace(description))
                throw StatementAmounts.BadRow("Row", row, "the description is empty.");
            var amount = Amount(row, mapping, Cell);
            var reference = Cell(mapping.ReferenceColumn) is { Length: > 0 } r ? Cut(r, 100) : null;
            var key = $"{date:yyyy-MM-dd}|{amount}|{description}|{reference}";
            seen[key] = seen.GetValueOrDefault(key) + 1;
            lines.Add(new(row, date, Cut(description, 500), reference, amount, "csv:" + Hash($"{key}|{seen[key]}")));
        }
        return lines;
    }

    private static long Amount(int row, StatementCsvMapping mapping, Func<string?, string?> cell)
    {
        if (mapping.AmountColumn is { } column)
        {
            var text = cell(column);
            return StatementAmounts.ToMinor(text) ?? throw StatementAmounts.BadRow("Row", row, $"“{text}” is not an amount in pounds and pence.");
        }
        var paidIn = cell(mapping.PaidInColumn);
        var paidOut = cell(mapping.PaidOutColumn);
        long? inMinor = string.IsNullOrWhiteSpace(paidIn) ? 0 : StatementAmounts.ToMinor(paidIn);
        long? outMinor = string.IsNullOrWhiteSpace(paidOut) ? 0 : StatementAmounts.ToMinor(paidOut);
        if (inMinor is null || outMinor is null)
            throw StatementAmounts.BadRow("Row", row, $"“{(inMinor is null ? paidIn : paidOut)}” is not an amount in pounds and pence.");
        if (inMinor == 0 && outMinor == 0)
            throw StatementAmounts.BadRow("Row", row, "neither the paid-in nor the paid-out column has an amount.");
        return Math.Abs(inMinor.Value) - Math.Abs(outMinor.Value);
    }

    private static int? ColumnIndex(string column, string[]? header)
    {
        if (header is not null)
        {
            var named = Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
            if (named >= 0)
                return named;
        }
        return int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n - 1 : null;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..32];
}
