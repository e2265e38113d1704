using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>One indexed name (current, former or trading) that might match a search term.</summary>
public sealed record NameCandidate(Guid NameId, Guid ContactId, ContactNameKind Kind, string Name, string Normalised);

/// <summary>
/// The database's cheap first cut of a conflict search: names that might score as a hit (SQLite: sharing enough
/// trigrams with the term; PostgreSQL: sharing word keys, see <see cref="NameKeyQuery"/>), best first and capped.
/// The C# scorer then decides what is a hit, the same way on both providers.
/// </summary>
public interface INameCandidateSource
{
    /// <summary>The most candidates one term may bring back: recall first, but bounded for speed.</summary>
    const int MaxCandidates = 500;

    Task<IReadOnlyList<NameCandidate>> FindAsync(string normalisedTerm, CancellationToken ct);
}
