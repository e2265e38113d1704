using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// Candidates from the word-key index (GIN over <c>name_word_keys(normalised)</c>, see <see cref="NameKeyQuery"/>) in
/// one query of exact key lookups: each tier a UNION ALL arm, read in order until the cap, so a broad term (a
/// common surname alone) stops early with the best names. A trigram search over a million names reads the long
/// posting lists of common trigrams ("  s", "er ") and took 10–250 ms; this reads only names sharing word-level keys.
/// </summary>
internal sealed class PostgresNameCandidates(AppDbContext db) : INameCandidateSource
{
    private const string Keys = "name_word_keys(normalised)";

    public async Task<IReadOnlyList<NameCandidate>> FindAsync(string normalisedTerm, CancellationToken ct)
    {
        var query = NameKeyQuery.For(normalisedTerm);
        if (query.IsEmpty)
            return [];

        var parameters = new Dictionary<string, NpgsqlParameter>(StringComparer.Ordinal);
        string Match(int group, KeyTier tier)
        {
            var name = $"g{group}c{tier.MinClass}{tier.MaxClass}";
            if (!parameters.ContainsKey(name))
                parameters[name] = new NpgsqlParameter(name, query.Groups[group]
                    .SelectMany(k => Enumerable.Range(tier.MinClass, tier.MaxClass - tier.MinClass + 1).Select(c => NameKeyQuery.Tagged(k, c))).ToArray());
            return $"{Keys} && @{name}";
        }
        var arms = query.Tiers.Select(t => "SELECT * FROM contact_names WHERE "
            + string.Join(" OR ", t.Combinations.Select(c => "(" + string.Join(" AND ", c.Select(g => Match(g, t))) + ")")));
        var sql = string.Join(" UNION ALL ", arms);

        // No ORDER BY: the arms come in tier order and the read stops at the cap.
        var found = await db.Set<ContactName>().FromSqlRaw(sql, [.. parameters.Values]).AsNoTracking()
            .Take(INameCandidateSource.MaxCandidates)
            .Select(n => new NameCandidate(n.Id, n.ContactId, n.Kind, n.Name, n.Normalised))
            .ToListAsync(ct);
        return found.DistinctBy(n => n.NameId).ToList(); // a name in an early tier is also in the later ones
    }
}
