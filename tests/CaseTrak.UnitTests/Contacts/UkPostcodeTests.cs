using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.UnitTests.Contacts;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("  ls1   4ap ", "LS1 4AP")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void A_real_postcode_is_upper_cased_with_one_space_before_the_last_three(string typed, string stored) =>
        Assert.Equal(stored, UkPostcode.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("SW1A")]
    [InlineData("SW1A 1AAA")]
    [InlineData("SW1A 1A")]
    [InlineData("AI1 1AA")]
    [InlineData("SW1A-1AA")]
    [InlineData("not a postcode")]
    public void Anything_else_is_not_a_UK_postcode(string typed) => Assert.Null(UkPostcode.Normalise(typed));

    [Theory]
    [InlineData(null, true)]
    [InlineData("United Kingdom", true)]
    [InlineData("scotland", true)]
    [InlineData("France", false)]
    public void The_UK_rule_applies_only_to_UK_addresses(string? country, bool applies) => Assert.Equal(applies, UkPostcode.AppliesTo(country));
}
