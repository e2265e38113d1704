namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// How alike two normalised names are, 0–100. Word by word: each word of the search term is paired with at
/// most one word of the name, in whatever order gives the best total (so "smith john" is "john smith"). A
/// pair counts when the words are equal, when one is an initial of the other, or when they are within a few
/// typing slips (Damerau-Levenshtein, more allowed for longer words). Covering the search term matters most;
/// extra words in the name cost a little, so "smith" still finds "john smith". The names are also compared
/// with their spaces removed (exactly), and a short word glued to the next ("o brien", "mac donald", "de souza") is
/// also tried as one word, so "Siobhan O Brien" finds "Siobhan O'Brien" and "smith jones" is "smithjones".
/// </summary>
public static class NameScorer
{
    /// <summary>A hit from this score up (calibrated on the conflict-matching tables in the tests).</summary>
    public const int HitThreshold = 70;

    /// <summary>What an initial earns against a word starting with it: likely, but not certain.</summary>
    public const double InitialScore = 0.85;

    /// <summary>Words past this many are ignored.</summary>
    public const int MaxWords = 8;

    /// <summary>A word this short ("o", "mc", "van") may be glued to the next one.</summary>
    public const int MaxParticleLength = 3;

    private const double TermWeight = 0.8;

    public static bool IsHit(int score) => score >= HitThreshold;

    /// <summary>
    /// Whether a name of <paramref name="nameWords"/> words could be a hit for a term of <paramref name="termWords"/>
    /// words when the word pairs can score at most <paramref name="bestPairs"/> in total (each pair at most 1): the
    /// score's upper bound, for the candidate search. E.g. two of "feil and sons" can only make a hit of a two-word
    /// name, and one word of "john smith" never can.
    /// </summary>
    public static bool CouldBeHit(int termWords, double bestPairs, int nameWords)
    {
        var paired = Math.Min(bestPairs, Math.Min(termWords, nameWords));
        return TermWeight * paired / termWords + (1 - TermWeight) * paired / nameWords >= LowestHit - 1e-9;
    }

    /// <summary>The lowest exact score that rounds to a hit.</summary>
    private const double LowestHit = (HitThreshold - 0.5) / 100;

    public static int Score(string normalisedTerm, string normalisedName)
    {
        var term = Words(normalisedTerm);
        var name = Words(normalisedName);
        if (term.Length == 0 || name.Length == 0)
            return 0;

        // Spacing alone ("smithjones"): typos are left to the word pairing, or "xavier quinton" would pass for "xavier quinn".
        double best = string.Concat(term) == string.Concat(name) ? 1 : 0;
        foreach (var t in Glued(term, name))
        {
            foreach (var n in Glued(name, term))
            {
                var matched = BestPairing(t, n);
                best = Math.Max(best, TermWeight * matched / t.Length + (1 - TermWeight) * matched / n.Length);
            }
        }
        return (int)Math.Round(100 * best, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The words as they are, and with a short word (a particle such as "o", "mc", "van") joined to the next
    /// where that gives exactly a word of the other name; never as a typo, or "k smith" would pass for "smith".
    /// </summary>
    private static IEnumerable<string[]> Glued(string[] words, string[] other)
    {
        yield return words;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var glued = words[i] + words[i + 1];
            if (words[i].Length <= MaxParticleLength && other.Contains(glued))
                yield return [.. words[..i], glued, .. words[(i + 2)..]];
        }
    }

    /// <summary>How alike two single words are, 0–1; 0 when they are not a plausible match at all.</summary>
    public static double WordScore(string a, string b)
    {
        if (a == b)
            return 1;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (a.Length == 1 || b.Length == 1)
            return a[0] == b[0] ? InitialScore : 0;
        var allowed = AllowedEdits(Math.Min(a.Length, b.Length));
        if (allowed == 0 || Math.Abs(a.Length - b.Length) > allowed)
            return 0;
        var distance = EditDistance(a, b);
        return distance <= allowed ? 1 - (double)distance / Math.Max(a.Length, b.Length) : 0;
    }

    /// <summary>Typing slips tolerated by word length: none in "al", one in "jon", two from six letters.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string[] Words(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToArray();

    /// <summary>The largest total of word scores with each word used at most once (a small assignment problem).</summary>
    private static double BestPairing(string[] term, string[] name)
    {
        var scores = new double[term.Length, name.Length];
        for (var i = 0; i < term.Length; i++)
            for (var j = 0; j < name.Length; j++)
                scores[i, j] = WordScore(term[i], name[j]);

        // best[mask] = the best total for the term words placed so far, with the name words in mask taken.
        var best = new double[1 << name.Length];
        Array.Fill(best, double.NegativeInfinity);
        best[0] = 0;
        for (var i = 0; i < term.Length; i++)
        {
            var next = new double[best.Length];
            Array.Fill(next, double.NegativeInfinity);
            for (var mask = 0; mask < best.Length; mask++)
            {
                if (double.IsNegativeInfinity(best[mask]))
                    continue;
                next[mask] = Math.Max(next[mask], best[mask]); // this term word stays unpaired
                for (var j = 0; j < name.Length; j++)
                {
                    if ((mask & (1 << j)) == 0 && scores[i, j] > 0)
                        next[mask | (1 << j)] = Math.Max(next[mask | (1 << j)], best[mask] + scores[i, j]);
                }
            }
            best = next;
        }
        return best.Max();
    }
}
