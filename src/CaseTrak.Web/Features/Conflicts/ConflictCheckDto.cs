namespace CaseTrak.Web.Features.Conflicts;

/// <summary>
/// One hit as the reader may see it. A hit on a matter the reader cannot see (behind a barrier they are not
/// on) carries only <see cref="Restricted"/>, the term and a fixed name: no ids, matter, client or role.
/// </summary>
public sealed record ConflictHitDto(string Term, string Name, Guid? ContactId, Guid? MatterId, string? MatterReference,
    Guid? ClientId, string? ClientName, string? Role, int Score, bool Restricted)
{
    public const string RestrictedName = "A possible conflict on a restricted matter: ask the COLP";
}

public sealed record ConflictCheckDto(
    Guid Id,
    DateTime RunAt,
    Guid RunBy,
    string RunByName,
    IReadOnlyList<string> Terms,
    string? Notes,
    Guid? ClientId,
    string? ClientName,
    IReadOnlyList<ConflictHitDto> Hits,
    ConflictDecision Decision,
    string? DecisionReason,
    Guid? DecidedBy,
    string? DecidedByName,
    DateTime? DecidedAt);

/// <summary>A row of the history list.</summary>
public sealed record ConflictCheckRow(Guid Id, DateTime RunAt, Guid RunBy, string RunByName, IReadOnlyList<string> Terms,
    Guid? ClientId, string? ClientName, int HitCount, ConflictDecision Decision, DateTime? DecidedAt);
