using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// Candidates from the portable trigram table (name_trigrams): names sharing at least a couple of the term's
/// trigrams, ranked by how many they share. The trigrams of every word are in the set, so a name that
/// matches one word alone still comes back.
/// </summary>
internal sealed class SqliteNameCandidates(AppDbContext db) : INameCandidateSource
{
    public async Task<IReadOnlyList<NameCandidate>> FindAsync(string normalisedTerm, CancellationToken ct)
    {
        var trigrams = Trigrams.Of(normalisedTerm).ToList();
        if (trigrams.Count == 0)
            return [];
        // Two shared trigrams survive a swapped pair of letters in a five-letter word ("smtih" ~ "smith").
        var minShared = trigrams.Count >= 4 ? 2 : 1;
        var nameIds = db.Set<NameTrigram>().Where(t => trigrams.Contains(t.Trigram))
            .GroupBy(t => t.NameId)
            .Where(g => g.Count() >= minShared)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .Take(INameCandidateSource.MaxCandidates);
        return await db.Set<ContactName>().AsNoTracking()
            .Where(n => nameIds.Contains(n.Id))
            .Select(n => new NameCandidate(n.Id, n.ContactId, n.Kind, n.Name, n.Normalised))
            .ToListAsync(ct);
    }
}
