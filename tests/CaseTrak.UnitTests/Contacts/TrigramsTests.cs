using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.UnitTests.Contacts;

public sealed class TrigramsTests
{
    [Fact]
    public void A_word_is_padded_as_pg_trgm_pads_it() =>
        // SELECT show_trgm('cat') → {"  c"," ca","at ","cat"}
        Assert.Equal(["  c", " ca", "at ", "cat"], Trigrams.Of("cat").Order(StringComparer.Ordinal));

    [Fact]
    public void Each_word_is_padded_on_its_own_and_repeats_count_once() =>
        // SELECT show_trgm('ab ab') → {"  a"," ab","ab "}
        Assert.Equal(["  a", " ab", "ab "], Trigrams.Of("ab ab").Order(StringComparer.Ordinal));

    [Fact]
    public void Case_and_punctuation_do_not_matter() =>
        Assert.Equal(Trigrams.Of("smith jones"), Trigrams.Of("SMITH-Jones!"));

    [Fact]
    public void Nothing_gives_nothing()
    {
        Assert.Empty(Trigrams.Of(null));
        Assert.Empty(Trigrams.Of("  ,. "));
    }

    [Fact]
    public void A_one_letter_typo_keeps_names_similar_and_another_name_is_not()
    {
        var smith = Trigrams.Of("jane smith");

        Assert.Equal(1.0, Trigrams.Similarity(smith, Trigrams.Of("smith jane")));
        Assert.True(Trigrams.Similarity(smith, Trigrams.Of("jane smyth")) >= FindDuplicateContactsHandler.NameSimilarity);
        Assert.True(Trigrams.Similarity(smith, Trigrams.Of("robert brown")) < 0.1);
    }

    [Fact]
    public void Client_code_prefixes_are_four_ascii_letters_padded_with_x()
    {
        Assert.Equal("OBRI", ContactDirectory.Prefix("O'Brien"));
        Assert.Equal("NGXX", ContactDirectory.Prefix("Ng"));
        Assert.Equal("ASAX", ContactDirectory.Prefix("Åsa"));
        Assert.Equal("ACME", ContactDirectory.Prefix("Acme Ltd"));
    }
}
