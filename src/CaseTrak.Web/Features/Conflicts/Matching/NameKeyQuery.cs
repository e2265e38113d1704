namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// A search term as lookups in the word-key index of contact names (PostgreSQL: a GIN index over
/// <c>name_word_keys(normalised)</c>, see the WordKeyIndex migration). A stored name is indexed under each of its
/// words and each word less any one letter, each tagged with the name's length class ("smith#2": a name of two
/// words). Two words within one typing slip share a key ("smith" and "smtih" both give "smih"), so a term word's
/// group holds every key such a name word could share with it: the word, the word less one letter, its initial,
/// what follows a particle ("macdonald" → "donald") and a particle glued to the next word.
/// <para>
/// A name must match all groups of one combination in a tier. The tiers follow the scorer's upper bound
/// (<see cref="NameScorer.CouldBeHit"/>): a hit needs enough of the term's words paired, and pairing fewer than all
/// leaves room for few extra words in the name (two of "feil and sons" is "feil sons", never "kuhn and sons"),
/// which the length classes check inside the index. An initial ("j") is looked up as a stored initial, and is
/// otherwise assumed to pair as an initial does with any word of its letter. Tiers go from the most groups matched
/// to the fewest, a tier of one group from short names to long, so a capped read keeps the best. The term's words
/// run together also find a name stored as one word ("smith jones" → "Smithjones").
/// </para>
/// <para>
/// So the index finds every name the scorer could accept within one slip per word, touching only names that share
/// word-level keys instead of every name sharing a trigram. Not found: a second slip in a long word (the scorer
/// allows two from six letters, but looking up every two-letter omission multiplies the keys sixfold), a term typed
/// as one word for a name stored as two ("smithjones" → "Smith Jones"), and a name that pairs only by gluing its
/// own particle while the term has words the name lacks.
/// </para>
/// </summary>
public sealed record NameKeyQuery(IReadOnlyList<string[]> Groups, IReadOnlyList<KeyTier> Tiers)
{
    /// <summary>More groups would mean too many combinations; the longest (rarest) words are kept.</summary>
    public const int MaxGroups = 5;

    /// <summary>Length classes: names of one word, of two, of three or more.</summary>
    public const int LengthClasses = 3;

    /// <summary>"&amp;" becomes "and" in the normaliser: a connector, looked up as itself (its slips would match half the index).</summary>
    private const string Connector = "and";

    public bool IsEmpty => Tiers.Count == 0;

    public static int LengthClassOf(int words) => Math.Min(words, LengthClasses);

    /// <summary>A key as stored for a name of the given length class, e.g. "smith#2".</summary>
    public static string Tagged(string key, int lengthClass) => $"{key}#{lengthClass}";

    public static NameKeyQuery For(string normalisedTerm)
    {
        var words = normalisedTerm.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(NameScorer.MaxWords).ToArray();
        if (words.Length == 0)
            return new([], []);

        var groups = words.Select(KeysOf).ToArray();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].Length > NameScorer.MaxParticleLength)
                continue;
            var glued = words[i] + words[i + 1];
            groups[i].Add(glued);
            groups[i + 1].Add(glued);
        }

        // The longest words are the rarest; a word left out is assumed to pair fully.
        var kept = Enumerable.Range(0, words.Length).OrderByDescending(i => words[i].Length).ThenBy(i => i).Take(MaxGroups).Order().ToList();
        var assumed = words.Length - kept.Count;
        var lookups = kept.Select(i => new Lookup(groups[i].Order(StringComparer.Ordinal).ToArray(), IfUnmatched(words[i]))).ToList();
        var tiers = TiersFor(words.Length, lookups, assumed);
        var keys = lookups.Select(l => l.Keys).ToList();
        if (words.Length > 1)
        {
            keys.Add([string.Concat(words)]);
            tiers.Insert(0, new([[keys.Count - 1]], 1, 1));
        }
        return new(keys, tiers);
    }

    private sealed record Lookup(string[] Keys, double IfUnmatched);

    /// <summary>
    /// What a term word may still score when its keys are not in the name: an initial ("j") pairs with any word of
    /// that letter, which the index cannot look up; any other word scores nothing.
    /// </summary>
    private static double IfUnmatched(string word) => word.Length == 1 ? NameScorer.InitialScore : 0;

    /// <summary>
    /// Every set of groups a name could match and still be a hit, with the length classes that allows
    /// (<see cref="NameScorer.CouldBeHit"/>), dropping a set when a smaller one already covers its classes. Sets
    /// of more groups come first (then those that could score more), a set of one group from short names to long.
    /// </summary>
    private static List<KeyTier> TiersFor(int termWords, List<Lookup> lookups, int assumed)
    {
        var sets = new List<(int Mask, double Best, int MinClass, int MaxClass)>();
        for (var mask = 1; mask < 1 << lookups.Count; mask++)
        {
            var best = assumed + lookups.Select((l, i) => (mask & 1 << i) != 0 ? 1 : l.IfUnmatched).Sum();
            var classes = Enumerable.Range(1, NameScorer.MaxWords).Where(n => NameScorer.CouldBeHit(termWords, best, n)).Select(LengthClassOf).ToList();
            if (classes.Count > 0)
                sets.Add((mask, best, classes.Min(), classes.Max()));
        }
        var needed = sets.Where(s => !sets.Any(t => t.Mask != s.Mask && (t.Mask & s.Mask) == t.Mask && t.MinClass <= s.MinClass && t.MaxClass >= s.MaxClass));
        return needed
            .GroupBy(s => (Size: BitCount(s.Mask), s.MinClass, s.MaxClass))
            .OrderByDescending(g => g.Key.Size).ThenByDescending(g => g.Max(s => s.Best)).ThenBy(g => g.Key.MinClass).ThenBy(g => g.Key.MaxClass)
            .SelectMany(g =>
            {
                var combinations = g.Select(s => Enumerable.Range(0, lookups.Count).Where(i => (s.Mask & 1 << i) != 0).ToArray()).ToList();
                // One group matched: the names found may run to thousands (a common surname), so short names first.
                return g.Key.Size == 1
                    ? Enumerable.Range(g.Key.MinClass, g.Key.MaxClass - g.Key.MinClass + 1).Select(c => new KeyTier(combinations, c, c))
                    : [new KeyTier(combinations, g.Key.MinClass, g.Key.MaxClass)];
            })
            .ToList();
    }

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);

    private static HashSet<string> KeysOf(string word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word == Connector || word.Length == 1)
            return keys;
        keys.Add(word[..1]);
        if (NameScorer.AllowedEdits(word.Length) > 0)
            keys.UnionWith(LessOneLetter(word));
        for (var p = 1; p <= NameScorer.MaxParticleLength && word.Length - p >= 3; p++)
            keys.Add(word[p..]);
        return keys;
    }

    private static IEnumerable<string> LessOneLetter(string word)
    {
        for (var i = 0; i < word.Length; i++)
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }
}

/// <summary>
/// Names matching all groups of any one combination, with a length class from <see cref="MinClass"/> to
/// <see cref="MaxClass"/>. Tiers are read in order until the cap.
/// </summary>
public sealed record KeyTier(IReadOnlyList<int[]> Combinations, int MinClass, int MaxClass);
