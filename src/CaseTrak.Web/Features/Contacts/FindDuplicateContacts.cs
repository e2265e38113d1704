using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <param name="Reasons">Why it may be the same: similarName, sameEmail, sameDateOfBirth, sameCompanyNumber.</param>
public sealed record DuplicateCandidate(Guid Id, ContactKind Kind, string DisplayName, string? Email, DateOnly? DateOfBirth,
    string? CompanyNumber, bool Archived, IReadOnlyList<string> Reasons);

/// <summary>
/// Contacts a new one may duplicate: a similar name (trigram similarity on the normalised name, through
/// the name_trigrams index, so it works the same on both databases), the same email or company number.
/// A person with the same name but a different date of birth is taken to be someone else.
/// </summary>
public sealed class FindDuplicateContactsHandler(AppDbContext db)
{
    public const double NameSimilarity = 0.5;
    private const int MaxCandidates = 10;

    public async Task<IReadOnlyList<DuplicateCandidate>> HandleAsync(ContactKind kind, ContactFields fields, CancellationToken ct)
    {
        var reasons = new Dictionary<Guid, HashSet<string>>();
        foreach (var id in await SimilarNamesAsync(NameNormaliser.Normalise(fields.DisplayNameFor(kind)), ct))
            Reason(id, "similarName");
        if (fields.Email is { } email)
        {
            var lower = email.ToLowerInvariant();
            foreach (var id in await db.Set<Contact>().Where(c => c.Email != null && c.Email.ToLower() == lower).Select(c => c.Id).Take(MaxCandidates).ToListAsync(ct))
                Reason(id, "sameEmail");
        }
        if (fields.CompanyNumber is { } number)
            foreach (var id in await db.Set<Contact>().Where(c => c.CompanyNumber == number).Select(c => c.Id).Take(MaxCandidates).ToListAsync(ct))
                Reason(id, "sameCompanyNumber");
        if (reasons.Count == 0)
            return [];

        var ids = reasons.Keys.ToList();
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var result = new List<DuplicateCandidate>();
        foreach (var c in contacts)
        {
            var why = reasons[c.Id];
            if (why.Contains("similarName") && c.Kind != kind)
                why.Remove("similarName");
            if (fields.DateOfBirth is { } born && c.DateOfBirth is { } theirs)
            {
                if (born == theirs)
                    why.Add("sameDateOfBirth");
                else if (why.Count == 1 && why.Contains("similarName"))
                    why.Clear();
            }
            if (why.Count > 0)
                result.Add(new(c.Id, c.Kind, c.DisplayName, c.Email, c.DateOfBirth, c.CompanyNumber, c.Archived, [.. why.Order(StringComparer.Ordinal)]));
        }
        return result.OrderByDescending(r => r.Reasons.Count).ThenBy(r => r.DisplayName, StringComparer.Ordinal).Take(MaxCandidates).ToList();

        void Reason(Guid id, string why)
        {
            if (!reasons.TryGetValue(id, out var set))
                reasons[id] = set = [];
            set.Add(why);
        }
    }

    /// <summary>Contacts with any indexed name (current, former or trading) similar to <paramref name="normalised"/>.</summary>
    private async Task<IReadOnlyList<Guid>> SimilarNamesAsync(string normalised, CancellationToken ct)
    {
        var query = Trigrams.Of(normalised);
        if (query.Count == 0)
            return [];
        // Similarity ≥ 0.5 needs at least a third of the query's trigrams in common: a cheap first cut in SQL.
        var minShared = Math.Max(1, (int)Math.Ceiling(query.Count / 3.0));
        var nameIds = await db.Set<NameTrigram>().Where(t => query.Contains(t.Trigram))
            .GroupBy(t => t.NameId).Where(g => g.Count() >= minShared)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(100).ToListAsync(ct);
        var names = await db.Set<ContactName>().Where(n => nameIds.Contains(n.Id)).Select(n => new { n.ContactId, n.Normalised }).ToListAsync(ct);
        return names.Where(n => n.Normalised == normalised || Trigrams.Similarity(query, Trigrams.Of(n.Normalised)) >= NameSimilarity)
            .Select(n => n.ContactId).Distinct().ToList();
    }
}
