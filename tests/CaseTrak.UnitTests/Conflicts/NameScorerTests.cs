using CaseTrak.Web.Features.Conflicts.Matching;

namespace CaseTrak.UnitTests.Conflicts;

public sealed class NameScorerTests
{
    private static int Score(string term, string name) => NameScorer.Score(NameNormaliser.Normalise(term), NameNormaliser.Normalise(name));

    [Theory]
    [InlineData("John Smith", "JOHN SMITH")]
    [InlineData("Zoe Bronte", "Zoë Brontë")]
    [InlineData("Acme Ltd", "ACME LIMITED")]
    [InlineData("Smith John", "John Smith")]
    [InlineData("Smith Jones", "Smith-Jones")]
    public void The_same_name_written_differently_scores_100(string term, string name) => Assert.Equal(100, Score(term, name));

    [Theory]
    [InlineData("J Smith", "John Smith")]
    [InlineData("John Smith", "J Smith")]
    [InlineData("Jon Smith", "John Smith")]
    [InlineData("Jon Smtih", "John Smith")]
    [InlineData("Jhon Smoth", "John Smith")]
    [InlineData("Johnathon Smith", "Jonathan Smith")]
    [InlineData("O Brien", "O'Brien")]
    [InlineData("SmithJones", "Smith-Jones")]
    [InlineData("Smith", "John Smith")]
    [InlineData("Smyth", "John Smith")]
    [InlineData("Acme", "Acme Holdings Ltd")]
    [InlineData("Smith J", "John Smith")]
    public void Near_matches_are_hits(string term, string name) => Assert.True(NameScorer.IsHit(Score(term, name)), $"{term} ~ {name}: {Score(term, name)}");

    [Theory]
    [InlineData("Jane Smith", "John Smith")]
    [InlineData("Peter Jones", "Smith-Jones")]
    [InlineData("Acme", "Apex Ltd")]
    [InlineData("Brown", "Green")]
    [InlineData("John Smith", "John Smithson")]
    [InlineData("Al", "Ali")]
    [InlineData("Zebra Logistics", "Acme Holdings")]
    [InlineData("K Smith", "John Smith")]
    [InlineData("Xavier Quinton", "Xavier Quinn")]
    [InlineData("Mary Smith Jones", "Mary Smythe-Jonas")]
    public void Different_names_are_not_hits(string term, string name) => Assert.False(NameScorer.IsHit(Score(term, name)), $"{term} ~ {name}: {Score(term, name)}");

    [Fact]
    public void A_closer_name_scores_higher()
    {
        Assert.True(Score("John Smith", "John Smith") > Score("Jon Smith", "John Smith"));
        Assert.True(Score("Jon Smith", "John Smith") > Score("Jon Smtih", "John Smith"));
        Assert.True(Score("John Smith", "John Smith") > Score("Smith", "John Smith"));
    }

    [Fact]
    public void Words_are_paired_for_the_best_total_not_greedily()
    {
        // Taking the term's words in order, "j" would grab "jones" and leave "jones" nothing to pair with.
        Assert.Equal(100, Score("Jones John", "John Jones"));
        Assert.Equal(93, Score("J Jones", "Jones John"));
    }

    [Theory]
    [InlineData("smith", "smith", 0)]
    [InlineData("smith", "smtih", 1)]
    [InlineData("smith", "smyth", 1)]
    [InlineData("john", "jon", 1)]
    [InlineData("jonathan", "johnathon", 2)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_adjacent_swaps_as_one(string a, string b, int expected) => Assert.Equal(expected, NameScorer.EditDistance(a, b));

    [Theory]
    [InlineData("j", "john", NameScorer.InitialScore)]
    [InlineData("k", "john", 0)]
    [InlineData("al", "ali", 0)]
    [InlineData("smith", "smith", 1)]
    [InlineData("smith", "smithson", 0)]
    public void Word_scores(string a, string b, double expected) => Assert.Equal(expected, NameScorer.WordScore(a, b), 3);

    [Fact]
    public void Empty_names_score_0()
    {
        Assert.Equal(0, NameScorer.Score("", "john smith"));
        Assert.Equal(0, NameScorer.Score("john", ""));
    }
}
