using System.Text;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// Realistic ways a name is typed wrongly or differently. Letter slips go in a word of four letters or more
/// and never on its first letter (people rarely miss the first letter, and a three-letter word cut to two
/// is no longer the same name).
/// </summary>
public static class NameTypos
{
    public static readonly string[] PersonKinds = ["substituted", "dropped", "transposed", "doubled", "surname first", "case and punctuation", "extra middle initial"];
    public static readonly string[] OrganisationKinds = ["substituted", "dropped", "transposed", "doubled", "company suffix", "case and punctuation", "and for ampersand"];

    private static readonly string[] Suffixes = [" Ltd", " Limited", " LLP", " plc"];
    private const string Neighbours = "qwertyuiop asdfghjkl zxcvbnm";

    public static string Person(string first, string last, string kind, Random random) => kind switch
    {
        "surname first" => $"{last}, {first}",
        "case and punctuation" => $"{first.ToUpperInvariant()}  {last.ToLowerInvariant()}.",
        "extra middle initial" => $"{first} {(char)('A' + random.Next(26))}. {last}",
        _ => Slip(kind, $"{first} {last}", random),
    };

    public static string Organisation(string name, string kind, Random random) => kind switch
    {
        "company suffix" => SwapSuffix(name, random),
        "case and punctuation" => name.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal).Replace(" - ", "-", StringComparison.Ordinal),
        "and for ampersand" => name.Contains(" and ", StringComparison.Ordinal)
            ? name.Replace(" and ", " & ", StringComparison.Ordinal)
            : "The " + name,
        _ => Slip(kind, name, random),
    };

    /// <summary>"Ltd" for "Limited", "plc" for "LLP", or a suffix added where there was none.</summary>
    private static string SwapSuffix(string name, Random random)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length] + Suffixes.Where(s => s != suffix).ElementAt(random.Next(Suffixes.Length - 1));
        }
        return name + Suffixes[random.Next(Suffixes.Length)];
    }

    /// <summary>One letter slip in one word of four letters or more (left alone when there is none).</summary>
    private static string Slip(string kind, string name, Random random)
    {
        var words = name.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 4 && words[i].All(char.IsLetter)
            && !Suffixes.Contains(" " + words[i])).ToList();
        if (candidates.Count == 0)
            return name;
        var w = candidates[random.Next(candidates.Count)];
        var word = new StringBuilder(words[w]);
        var at = 1 + random.Next(word.Length - 2); // 1 … length-2, so a swap has a next letter
        if (kind == "transposed" && word[at] == word[at + 1])
            at = Enumerable.Range(1, word.Length - 2).FirstOrDefault(i => word[i] != word[i + 1], at);
        switch (kind)
        {
            case "substituted":
                word[at] = Neighbour(word[at], random);
                break;
            case "dropped":
                word.Remove(at, 1);
                break;
            case "transposed":
                (word[at], word[at + 1]) = (word[at + 1], word[at]);
                break;
            case "doubled":
                word.Insert(at, word[at]);
                break;
            default:
                throw new ArgumentException($"Unknown slip '{kind}'.");
        }
        words[w] = word.ToString();
        return string.Join(' ', words);
    }

    /// <summary>A key next to this one on a QWERTY keyboard, in the same case.</summary>
    private static char Neighbour(char c, Random random)
    {
        var at = Neighbours.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        if (at < 0)
            return c;
        var options = new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < Neighbours.Length && Neighbours[i] != ' ').ToArray();
        var n = Neighbours[options[random.Next(options.Length)]];
        return char.IsUpper(c) ? char.ToUpperInvariant(n) : n;
    }
}
