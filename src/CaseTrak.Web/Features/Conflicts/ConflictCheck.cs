using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Conflicts;

public enum ConflictDecision { Pending, Clear, Waived, Conflict }

/// <summary>
/// A recorded conflict search (SRA Code 6.2): the terms, who ran it and when, what it found, and the
/// decision with its reason. Once decided it never changes.
/// </summary>
public sealed class ConflictCheck : FirmOwnedEntity
{
    /// <summary>The search terms, one per line, exactly as entered.</summary>
    public required string Terms { get; init; }
    public string? Notes { get; init; }
    /// <summary>The prospective client, when the check was run for a new matter.</summary>
    public Guid? ClientId { get; init; }
    public Guid RunByUserId { get; init; }
    public DateTime RunAt { get; init; }
    public int HitCount { get; init; }
    public ConflictDecision Decision { get; set; }
    public string? DecisionReason { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTime? DecidedAt { get; set; }
}

/// <summary>
/// One hit of a check, frozen when the search ran. A hit on a matter behind a barrier keeps its ids for the
/// COLP but is shown to everyone else without detail.
/// </summary>
public sealed class ConflictHit : FirmOwnedEntity
{
    public Guid CheckId { get; init; }
    public required string Term { get; init; }
    public required string MatchedName { get; init; }
    public Guid? ContactId { get; init; }
    public Guid? MatterId { get; init; }
    public string? MatterReference { get; init; }
    public string? Role { get; init; }
    /// <summary>0–100.</summary>
    public int Score { get; init; }
    public bool Restricted { get; init; }
}
