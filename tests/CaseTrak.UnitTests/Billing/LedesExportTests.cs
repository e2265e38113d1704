using CaseTrak.Web.Features.Billing;

namespace CaseTrak.UnitTests.Billing;

/// <summary>LEDES output for a hand-built bill compared with hand-checked files (Expected/ledes-*.txt).</summary>
public sealed class LedesExportTests
{
    private static readonly LedesParty Firm = new("Smith & Jones LLP", "1 High Street", "Second Floor", "London", null, "EC1A 1BB", "GB");
    private static readonly LedesParty Client = new("Acme Ltd", "2 Park Road", null, "Leeds", "West Yorkshire", "LS1 1AA", "GB");

    internal static LedesBill Bill() => new(
        new DateOnly(2026, 11, 26), "INV-000042", "ACME01", "ACME01-0003", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31),
        "Advice on lease dispute | October [draft]", "GB123456789", "LIT-77", "Acme Ltd v Widget Co", "GBP", Firm, Client,
        [
            new(1, LedesLineType.Fee, new DateOnly(2026, 10, 5), "Reviewed particulars of claim", 1.5m, 25_000, 0, 37_500, 2000, 7_500)
            {
                TaskCode = "L210", ActivityCode = "A104", TimekeeperId = "JSMITH", TimekeeperLastName = "Smith",
                TimekeeperFirstName = "Jane", TimekeeperClassification = "PT", TaxType = "VAT",
            },
            new(2, LedesLineType.Fee, new DateOnly(2026, 10, 6), "Call with client;\nadvised on strategy", 0.2m, 18_000, -1_000, 2_600, 2000, 520)
            {
                TaskCode = "L120", ActivityCode = "A106", TimekeeperId = "BJONES", TimekeeperLastName = "Jones",
                TimekeeperFirstName = "Bob", TimekeeperClassification = "AS", TaxType = "VAT",
            },
            new(3, LedesLineType.Expense, new DateOnly(2026, 10, 7), "Courier to court", 1m, 2_450, 0, 2_450, 2000, 490)
            { ExpenseCode = "E107", TaxType = "VAT" },
            new(4, LedesLineType.Expense, new DateOnly(2026, 10, 8), "Court fee (agent disbursement, outside the scope of VAT)", 1m, 33_200, 0, 33_200, 0, 0)
            { ExpenseCode = "E112" },
            new(5, LedesLineType.FeeAdjustment, new DateOnly(2026, 10, 31), "Goodwill discount 10% on fees", null, null, -4_010, -4_010, 2000, -802)
            { TaxType = "VAT" },
        ])
    { PoNumber = "PO-991", ClientTaxId = "GB987654321" };

    private static string Expected(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Billing", "Expected", name)).ReplaceLineEndings("\r\n");

    [Fact]
    public void A_1998B_file_matches_the_hand_checked_file() =>
        Assert.Equal(Expected("ledes-1998b.txt"), LedesExport.Write(Bill(), LedesFormat.Ledes1998B));

    [Fact]
    public void A_1998BI_file_matches_the_hand_checked_file() =>
        Assert.Equal(Expected("ledes-1998bi.txt"), LedesExport.Write(Bill(), LedesFormat.Ledes1998BI));

    [Theory]
    [InlineData(LedesFormat.Ledes1998B, 24)]
    [InlineData(LedesFormat.Ledes1998BI, 52)]
    public void Every_line_has_the_published_field_count_and_ends_with_brackets(LedesFormat format, int fields)
    {
        var lines = LedesExport.Write(Bill(), format).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.All(lines, l => Assert.EndsWith("[]", l));
        Assert.All(lines.Skip(1), l => Assert.Equal(fields, l[..^2].Split('|').Length));
    }

    [Fact]
    public void The_1998B_invoice_total_is_the_sum_of_its_line_totals()
    {
        var rows = LedesExport.Write(Bill(), LedesFormat.Ledes1998B).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(2).Select(l => l[..^2].Split('|')).ToList();
        Assert.All(rows, r => Assert.Equal(rows.Sum(x => decimal.Parse(x[12], System.Globalization.CultureInfo.InvariantCulture)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), r[4]));
    }

    [Theory]
    [InlineData("a|b", "a/b")]
    [InlineData("see [] here", "see () here")]
    [InlineData("two\r\nlines", "two  lines")]
    [InlineData(null, "")]
    public void Delimiters_never_appear_inside_a_value(string? value, string expected) => Assert.Equal(expected, LedesExport.Text(value));
}
