using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Matters;

public enum MatterStatus { Enquiry, Open, OnHold, Closed, Archived }

/// <summary>The centre of the product: one piece of work for one client.</summary>
public sealed class Matter : FirmOwnedEntity, IBarrierRoot
{
    /// <summary>The human reference from the firm's scheme, e.g. "SMIT01-0004" or "2026-0123"; never reused.</summary>
    public required string Reference { get; init; }
    public Guid ClientId { get; init; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public Guid? PracticeAreaId { get; set; }
    public MatterStatus Status { get; set; }
    public Guid ResponsibleUserId { get; set; }
    public Guid? SupervisingUserId { get; set; }
    public Guid ConflictCheckId { get; init; }
    /// <summary>Costs estimate given to the client (SRA Code 8.7), in pence.</summary>
    public long? CostEstimateMinor { get; set; }
    /// <summary>Alert when billed + unbilled reaches this share of the estimate, in basis points.</summary>
    public int CostAlertBp { get; set; } = 8000;
    /// <summary>Values of the practice area's custom fields, as JSON keyed by field key.</summary>
    public string? CustomFields { get; set; }
    public DateOnly OpenedOn { get; init; }
    public DateTime? ClosedAt { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime LastActivityAt { get; set; }
    public int Version { get; set; }
}

public sealed class MatterTeamMember : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid UserId { get; init; }
}

public enum PartyRole { Client, OtherSide, OtherSideSolicitor, Counsel, Expert, Court, Witness, Lender, Agent, Beneficiary, Deceased, Other }

public sealed class MatterParty : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid ContactId { get; init; }
    public PartyRole Role { get; init; }
    public string? Reference { get; set; }
    public DateTime AddedAt { get; init; }
}

public enum KeyDateKind { Limitation, Hearing, Deadline, Exchange, Completion, Review, Other }

/// <summary>A date the matter must not miss. A computed limitation date keeps its working and never moves by itself.</summary>
public sealed class KeyDate : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public KeyDateKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public required string Description { get; init; }
    /// <summary>How the date was computed, one step per line; empty when entered by hand.</summary>
    public string? Working { get; init; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public bool Done { get; set; }
}

public enum UndertakingStatus { Open, Discharged, Released }

/// <summary>An undertaking given (SRA Code 1.3): a solicitor's promise the firm must keep.</summary>
public sealed class Undertaking : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public Guid GivenByUserId { get; init; }
    public required string GivenTo { get; init; }
    public required string Wording { get; init; }
    public DateOnly GivenOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public UndertakingStatus Status { get; set; }
    public DateOnly? DischargedOn { get; set; }
    public string? DischargeEvidence { get; set; }
    public Guid? DischargedByUserId { get; set; }
    public DateTime CreatedAt { get; init; }
}

public sealed class MatterNote : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    public required string Body { get; init; }
    public Guid AuthorId { get; init; }
    public DateTime CreatedAt { get; init; }
}
