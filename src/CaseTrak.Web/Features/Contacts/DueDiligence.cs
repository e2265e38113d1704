using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Contacts;

public enum CddStatus { NotStarted, InProgress, Complete, Exception }
public enum RiskLevel { Low, Medium, High }

/// <summary>
/// One client-due-diligence record (MLR 2017). Records are never edited: a new one supersedes the last,
/// and the contact carries the latest outcome.
/// </summary>
public sealed class DueDiligenceRecord : FirmOwnedEntity
{
    public Guid ContactId { get; init; }
    public CddStatus Status { get; init; }
    public string? Method { get; init; }
    public string? EvidenceType { get; init; }
    /// <summary>Only the last four characters are ever stored ("••••1234").</summary>
    public string? EvidenceNumberMasked { get; init; }
    public DateOnly? EvidenceExpiresOn { get; init; }
    public DateOnly? VerifiedOn { get; init; }
    public Guid? VerifiedByUserId { get; init; }
    public RiskLevel? RiskLevel { get; init; }
    public string? RiskReasons { get; init; }
    public bool Pep { get; init; }
    public bool HighRiskCountry { get; init; }
    public string? SourceOfFunds { get; init; }
    public string? SourceOfWealth { get; init; }
    public Guid? SeniorApprovalByUserId { get; init; }
    public DateOnly? SeniorApprovalOn { get; init; }
    /// <summary>Why an exception applies, or any other note on the decision.</summary>
    public string? Reason { get; init; }
    public Guid RecordedByUserId { get; init; }
    public DateTime RecordedAt { get; init; }
}

/// <summary>A beneficial owner (over 25%) of an organisation, as recorded with a CDD record.</summary>
public sealed class BeneficialOwner : FirmOwnedEntity
{
    public Guid RecordId { get; init; }
    public Guid? ContactId { get; init; }
    public required string Name { get; init; }
    public int ShareBp { get; init; }
}
