using System.Text;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// The trigrams of a name the way PostgreSQL's pg_trgm makes them, so the portable index (name_trigrams)
/// and pg_trgm agree: lower case, split into words on anything not a letter or digit, each word padded as
/// "  word " (two spaces before, one after), every distinct three-character window kept.
/// </summary>
public static class Trigrams
{
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                var trigram = padded.Substring(i, 3);
                if (seen.Add(trigram))
                    result.Add(trigram);
            }
        }
        return result;
    }

    /// <summary>pg_trgm's similarity: shared trigrams over all distinct trigrams of both (0–1).</summary>
    public static double Similarity(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }
}
