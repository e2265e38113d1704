using System.Globalization;
using System.Text;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// Turns a name as typed into the form names are compared in: lower case, accents and punctuation removed,
/// "&amp;" as "and", company suffixes (Ltd, Limited, LLP, plc, &amp; Co, …) dropped, spaces collapsed.
/// </summary>
public static class NameNormaliser
{
    private static readonly string[] CompanySuffixes =
        ["limited", "ltd", "llp", "plc", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "and co", "cic", "cio", "uk"];

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (c == '&')
                sb.Append(" and ");
            else if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’')
                continue; // O'Brien → obrien
            else
                sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        StripSuffixes(words);
        return string.Join(' ', words);
    }

    private static void StripSuffixes(List<string> words)
    {
        var stripped = true;
        while (stripped && words.Count > 1)
        {
            stripped = false;
            foreach (var suffix in CompanySuffixes)
            {
                var parts = suffix.Split(' ');
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
