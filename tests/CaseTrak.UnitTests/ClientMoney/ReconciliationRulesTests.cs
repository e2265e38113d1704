using CaseTrak.Web.Features.ClientMoney;

namespace CaseTrak.UnitTests.ClientMoney;

public sealed class ReconciliationRulesTests
{
    [Fact]
    public void Explained_items_bring_the_statement_to_the_cash_book_and_the_ledgers()
    {
        var check = ReconciliationRules.Check(1_000_000, [new("Cheque 100234 not yet presented", -25_000), new("Receipt banked 30 Nov, not yet on the statement", 5_000)],
            980_000, 980_000);

        Assert.True(check.Balanced);
        Assert.Equal(980_000, check.AdjustedStatementMinor);
    }

    [Fact]
    public void Every_unexplained_difference_is_listed_with_its_amount()
    {
        var check = ReconciliationRules.Check(1_000_000, [], 990_000, 995_000);

        Assert.False(check.Balanced);
        Assert.Equal(2, check.Differences.Count);
        Assert.Contains("by £100.00", check.Differences[0], StringComparison.Ordinal);
        Assert.Contains("by -£50.00", check.Differences[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(27, ReconciliationCadence.InTime)]
    [InlineData(28, ReconciliationCadence.Due)]
    [InlineData(35, ReconciliationCadence.Due)]
    [InlineData(36, ReconciliationCadence.Breach)]
    public void An_account_is_due_at_day_28_and_in_breach_after_day_35(int days, ReconciliationCadence expected)
    {
        var last = new DateOnly(2026, 10, 31);
        Assert.Equal(expected, ReconciliationRules.Cadence(last, new DateOnly(2020, 1, 1), last.AddDays(days)));
    }

    [Theory]
    [InlineData(50_000, true, null, null)]
    [InlineData(50_000, false, null, "client_money.tracing_steps_required")]
    [InlineData(50_001, true, null, "client_money.sra_authority_required")]
    [InlineData(50_001, true, "SRA/RB/12345", null)]
    [InlineData(0, true, null, "client_money.nothing_residual")]
    public void Up_to_500_pounds_goes_to_charity_after_tracing_and_more_needs_the_SRA(long amount, bool traced, string? authority, string? code) =>
        Assert.Equal(code, ResidualBalanceRules.Check(amount, traced, authority)?.Code);
}
