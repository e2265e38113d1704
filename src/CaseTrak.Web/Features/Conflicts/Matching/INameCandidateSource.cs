using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>One indexed name (current, former or trading) that might match a search term.</summary>
public sealed record NameCandidate(Guid NameId, Guid ContactId, ContactNameKind Kind, string Name, string Normalised);

/// <summary>
/// The database's cheap first cut of a conflict search: names that share enough trigrams with the term, or
/// with any one of its words alone (a swapped or partial name), best first and capped. The C# scorer then
/// decides what is a hit, so both providers give the same answers and differ only in speed.
/// </summary>
public interface INameCandidateSource
{
    /// <summary>The most candidates one term may bring back: recall first, but bounded for speed.</summary>
    const int MaxCandidates = 500;

    Task<IReadOnlyList<NameCandidate>> FindAsync(string normalisedTerm, CancellationToken ct);
}
