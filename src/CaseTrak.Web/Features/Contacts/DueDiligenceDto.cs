using System.ComponentModel.DataAnnotations;

namespace CaseTrak.Web.Features.Contacts;

public sealed record BeneficialOwnerInput([property: MaxLength(200)] string? Name, Guid? ContactId, int ShareBp);

/// <param name="EvidenceNumber">The document's number as read; only a mask of its last four characters is kept.</param>
/// <param name="SeniorApprovalByUserId">A Partner or the MLRO, not the person recording: needed for enhanced due diligence.</param>
/// <param name="NoBeneficialOwnersReason">For an organisation with nobody owning over 25%: why none are recorded.</param>
public sealed record RecordDueDiligenceRequest(
    CddStatus? Status,
    DateOnly? VerifiedOn = null,
    [property: MaxLength(100)] string? Method = null,
    RiskLevel? RiskLevel = null,
    bool? Pep = null,
    [property: MaxLength(2000)] string? Reason = null,
    [property: MaxLength(100)] string? EvidenceType = null,
    [property: MaxLength(100)] string? EvidenceNumber = null,
    DateOnly? EvidenceExpiresOn = null,
    [property: MaxLength(2000)] string? RiskReasons = null,
    bool? HighRiskCountry = null,
    [property: MaxLength(2000)] string? SourceOfFunds = null,
    [property: MaxLength(2000)] string? SourceOfWealth = null,
    Guid? SeniorApprovalByUserId = null,
    DateOnly? SeniorApprovalOn = null,
    BeneficialOwnerInput[]? BeneficialOwners = null,
    [property: MaxLength(1000)] string? NoBeneficialOwnersReason = null);

public sealed record BeneficialOwnerDto(Guid Id, string Name, Guid? ContactId, int ShareBp);

public sealed record DueDiligenceDto(Guid Id, Guid ContactId, CddStatus Status, string? Method, string? EvidenceType,
    string? EvidenceNumberMasked, DateOnly? EvidenceExpiresOn, DateOnly? VerifiedOn, Guid? VerifiedByUserId, RiskLevel? RiskLevel,
    string? RiskReasons, bool Pep, bool HighRiskCountry, string? SourceOfFunds, string? SourceOfWealth, Guid? SeniorApprovalByUserId,
    DateOnly? SeniorApprovalOn, string? Reason, Guid RecordedByUserId, DateTime RecordedAt, IReadOnlyList<BeneficialOwnerDto> BeneficialOwners)
{
    public static DueDiligenceDto From(DueDiligenceRecord r, IEnumerable<BeneficialOwner> owners) => new(r.Id, r.ContactId, r.Status,
        r.Method, r.EvidenceType, r.EvidenceNumberMasked, r.EvidenceExpiresOn, r.VerifiedOn, r.VerifiedByUserId, r.RiskLevel, r.RiskReasons,
        r.Pep, r.HighRiskCountry, r.SourceOfFunds, r.SourceOfWealth, r.SeniorApprovalByUserId, r.SeniorApprovalOn, r.Reason,
        r.RecordedByUserId, r.RecordedAt, owners.Select(o => new BeneficialOwnerDto(o.Id, o.Name, o.ContactId, o.ShareBp)).ToList());
}

/// <summary>A client whose identity document expires soon (or has expired): the ID-expiry alert.</summary>
public sealed record ExpiringIdDto(Guid ContactId, string DisplayName, CddStatus CddStatus, DateOnly IdExpiresOn, bool Expired);
