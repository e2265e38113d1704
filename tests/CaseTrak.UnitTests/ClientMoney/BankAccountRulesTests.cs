using CaseTrak.Web.Features.ClientMoney;

namespace CaseTrak.UnitTests.ClientMoney;

public sealed class BankAccountRulesTests
{
    [Theory]
    [InlineData("12-34-56", "12-34-56")]
    [InlineData("12 34 56", "12-34-56")]
    [InlineData("123456", "12-34-56")]
    [InlineData("12345", null)]
    [InlineData("12-34-5x", null)]
    [InlineData("", null)]
    public void Sort_codes_are_six_digits_written_in_pairs(string text, string? expected) =>
        Assert.Equal(expected, BankAccountRules.NormaliseSortCode(text));

    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234 5678", "12345678")]
    [InlineData("1234567", "01234567")]
    [InlineData("123456789", null)]
    [InlineData("1234567a", null)]
    public void Account_numbers_are_eight_digits(string text, string? expected) =>
        Assert.Equal(expected, BankAccountRules.NormaliseAccountNumber(text));

    [Theory]
    [InlineData("Demo & Co Client Account", true)]
    [InlineData("DEMO & CO LLP client account", true)]
    [InlineData("Demo and Co Client Account", false)]
    [InlineData("Demo & Co General Account", false)]
    [InlineData("Client Account", false)]
    [InlineData("Demo & Co Clientele Fund", false)]
    public void A_client_account_is_in_the_firms_name_and_says_client(string name, bool valid) =>
        Assert.Equal(valid, BankAccountRules.IsValidClientAccountName(name, "Demo & Co LLP"));
}
