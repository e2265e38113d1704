using System.Globalization;
using System.Text;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// Turns a name as typed into the form names are compared in: lower case, accents and punctuation removed,
/// "&amp;" as "and", hyphens as spaces, company suffixes (Ltd, Limited, LLP, plc, &amp; Co, …) and a leading
/// "The" dropped, spaces collapsed. Stored names and search terms go through the same function, so any change
/// here needs the stored <c>contact_names.normalised</c> values rebuilt.
/// </summary>
public static class NameNormaliser
{
    private static readonly string[][] CompanySuffixes =
        [.. new[] { "limited", "ltd", "llp", "plc", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "and co", "cic", "cio", "uk", "gmbh", "sa", "bv", "llc" }
            .Select(s => s.Split(' ')).OrderByDescending(parts => parts.Length)]; // "and co" before "co"

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c == '&')
                sb.Append(" and ");
            else if (char.IsLetterOrDigit(c))
                sb.Append(Fold(char.ToLowerInvariant(c)));
            else if (c is '\'' or '’' or '‘' or '`')
                continue; // O'Brien → obrien (the scorer also compares names with their spaces removed)
            else
                sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
            words.RemoveAt(0);
        StripSuffixes(words);
        return string.Join(' ', words);
    }

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => c.ToString(),
    };

    private static void StripSuffixes(List<string> words)
    {
        var stripped = true;
        while (stripped && words.Count > 1)
        {
            stripped = false;
            foreach (var parts in CompanySuffixes)
            {
                if (words.Count > parts.Length && words.TakeLast(parts.Length).SequenceEqual(parts))
                {
                    words.RemoveRange(words.Count - parts.Length, parts.Length);
                    stripped = true;
                    break;
                }
            }
        }
    }
}
