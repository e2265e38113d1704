using CaseTrak.Web.Features.Conflicts.Matching;

namespace CaseTrak.UnitTests.Conflicts;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("John SMITH", "john smith")]
    [InlineData("  John   Smith  ", "john smith")]
    [InlineData("Zoë Brontë", "zoe bronte")]
    [InlineData("José Núñez", "jose nunez")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren Łukasz", "soren lukasz")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Smith-Jones", "smith jones")]
    [InlineData("J. Smith", "j smith")]
    [InlineData("J.P. Morgan", "j p morgan")]
    [InlineData("Smith & Jones", "smith and jones")]
    public void Case_accents_and_punctuation_are_folded(string name, string expected) => Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Theory]
    [InlineData("Acme Ltd", "acme")]
    [InlineData("ACME LIMITED", "acme")]
    [InlineData("Acme Ltd.", "acme")]
    [InlineData("Acme plc", "acme")]
    [InlineData("Acme (UK) Limited", "acme")]
    [InlineData("Smith & Co", "smith")]
    [InlineData("Smith and Co Ltd", "smith")]
    [InlineData("Bloggs Solicitors LLP", "bloggs solicitors")]
    [InlineData("The Acme Company Ltd", "acme")]
    public void Company_suffixes_and_a_leading_the_are_dropped(string name, string expected) => Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Theory]
    [InlineData("Ltd", "ltd")]
    [InlineData("The", "the")]
    [InlineData("Co", "co")]
    public void A_name_that_is_only_a_suffix_is_kept(string name, string expected) => Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public void Nothing_normalises_to_nothing(string? name) => Assert.Equal("", NameNormaliser.Normalise(name));
}
