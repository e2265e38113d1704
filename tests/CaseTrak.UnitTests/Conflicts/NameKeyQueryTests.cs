using CaseTrak.Web.Features.Conflicts.Matching;

namespace CaseTrak.UnitTests.Conflicts;

/// <summary>
/// The word-key lookup must find every name the scorer calls a hit within one slip per word, or the database
/// would hide hits before the scorer sees them. The stored keys here mirror name_word_keys() of the WordKeyIndex
/// migration: each word, and each word of three letters or more less any one letter, in the name's length class.
/// </summary>
public sealed class NameKeyQueryTests
{
    private static HashSet<string> StoredKeys(string[] words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            keys.Add(w);
            if (w.Length >= 3)
                for (var i = 0; i < w.Length; i++)
                    keys.Add(w.Remove(i, 1));
        }
        return keys;
    }

    private static bool Finds(string term, string name)
    {
        var query = NameKeyQuery.For(NameNormaliser.Normalise(term));
        var words = NameNormaliser.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = StoredKeys(words);
        var lengthClass = NameKeyQuery.LengthClassOf(words.Length);
        return query.Tiers.Any(t => lengthClass >= t.MinClass && lengthClass <= t.MaxClass
            && t.Combinations.Any(c => c.All(g => query.Groups[g].Any(keys.Contains))));
    }

    [Theory]
    [InlineData("John Smith", "John Smith")]
    [InlineData("Smith, John", "John Smith")]
    [InlineData("Jon Smtih", "John Smith")]
    [InlineData("Jhon Smiht", "John Smith")]
    [InlineData("Jhon Smoth", "John Smith")]
    [InlineData("J Smith", "John Smith")]
    [InlineData("John Smith", "J Smith")]
    [InlineData("Smith", "John Smith")]
    [InlineData("Smyth", "John Smith")]
    [InlineData("Jonathon Pembertn", "Jonathan Pemberton")]
    [InlineData("Siobhan O Brien", "Siobhan O'Brien")]
    [InlineData("OBrien", "Siobhan O'Brien")]
    [InlineData("Macdonald", "Angus Mac Donald")]
    [InlineData("Mac Donald", "Angus MacDonald")]
    [InlineData("Smith Jones", "Mary Smith-Jones")]
    [InlineData("Smith Jones", "Smithjones Ltd")]
    [InlineData("Hartwell Holdings Group", "Hartwell Holdings plc")]
    [InlineData("Schroeder, Okon & Geren", "Schroeder, Okon and Green")]
    [InlineData("Mavis Q. Goldner", "Mavis Goldner")]
    [InlineData("Mavis Q. Goldner", "Mavis Q")]
    [InlineData("Mavis Q. Goldner", "Mavis Quinn Goldner")]
    [InlineData("Ian Jnoes", "Ion Jones")]
    [InlineData("Feil and Sons", "Feil and Sons Holdings")]
    [InlineData("Feil and Sons", "Feil Sons")]
    public void Every_near_match_is_a_candidate(string term, string name)
    {
        Assert.True(NameScorer.IsHit(NameScorer.Score(NameNormaliser.Normalise(term), NameNormaliser.Normalise(name))), "the scorer's side");
        Assert.True(Finds(term, name), $"{term} → {name}");
    }

    [Theory]
    [InlineData("John Smith", "Jane Brown")]
    [InlineData("John Smith", "Peter Smith")]
    [InlineData("Schroeder Okon and Green", "Kuhn and Sons")]
    [InlineData("Feil and Sons", "Kuhn and Sons")]
    [InlineData("Mavis Q. Goldner", "Mavis Smith")]
    public void A_name_sharing_too_few_words_is_not_a_candidate(string term, string name) => Assert.False(Finds(term, name));

    [Theory]
    [InlineData(2, 1.0, 1, false)] // one word of "john smith"
    [InlineData(2, 2.0, 5, true)]
    [InlineData(3, 2.0, 2, true)] // "feil sons" for "feil and sons"
    [InlineData(3, 2.0, 3, false)] // "kuhn and sons" for "feil and sons"
    [InlineData(3, 1.85, 2, false)] // "mavis" and an initial of "mavis q goldner"
    [InlineData(1, 1.0, 8, true)]
    public void The_scorer_bounds_what_a_name_can_score(int termWords, double bestPairs, int nameWords, bool couldBeHit) =>
        Assert.Equal(couldBeHit, NameScorer.CouldBeHit(termWords, bestPairs, nameWords));

    [Fact]
    public void Names_pairing_more_words_are_read_before_names_pairing_fewer()
    {
        // "mavis q goldner": groups 0 mavis, 1 q (a stored initial), 2 goldner, 3 run together.
        var tiers = NameKeyQuery.For("mavis q goldner").Tiers;
        Assert.Equal(["3:1-1", "0+2:2-3", "0+1 | 1+2:2-2"], tiers.Select(t =>
            string.Join(" | ", t.Combinations.Select(c => string.Join('+', c))) + $":{t.MinClass}-{t.MaxClass}"));
    }

    [Fact]
    public void A_single_word_is_read_from_short_names_to_long() =>
        Assert.Equal([(1, 1), (2, 2), (3, 3)], NameKeyQuery.For("kunde").Tiers.Select(t => (t.MinClass, t.MaxClass)));

    [Fact]
    public void The_connector_and_is_looked_up_without_slips()
    {
        var group = NameKeyQuery.For("smith and jones").Groups[1];
        Assert.Contains("and", group);
        Assert.DoesNotContain(group, k => k.Length < 3 || (k.Length == 3 && k != "and"));
    }
}
