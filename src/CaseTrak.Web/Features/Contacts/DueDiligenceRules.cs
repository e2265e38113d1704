using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// MLR 2017 as CaseTrak enforces it when a due-diligence record is made (UK-RULES.md, AML). Each breach
/// has its own code so a form or an integrator can say exactly what is missing.
/// </summary>
public static class DueDiligenceRules
{
    public const int BeneficialOwnerThresholdBp = 2500;

    /// <param name="approver">The user named as senior approver, or null when none is named (or not found).</param>
    public static void Check(Contact contact, RecordDueDiligenceRequest r, CddStatus status, Guid recorderId, AppUser? approver, DateOnly today)
    {
        var complete = status == CddStatus.Complete;
        if (r.VerifiedOn is { } verified && verified > today)
            throw new DomainRuleException("cdd.verified_in_future", "The date identity was verified cannot be in the future.");
        if (complete && (r.VerifiedOn is null || ContactRules.Blank(r.EvidenceType) is null))
            throw new DomainRuleException("cdd.verification_missing",
                "To mark due diligence complete, record the date identity was verified and the evidence checked.");
        if (complete && r.EvidenceExpiresOn is { } expires && r.VerifiedOn is { } on && expires < on)
            throw new DomainRuleException("cdd.evidence_expired", "The identity document had expired when it was checked. Check a current document.");
        if (status == CddStatus.Exception && ContactRules.Blank(r.Reason) is null)
            throw new DomainRuleException("cdd.reason_required", "Record why an exception to due diligence applies.");

        if (r.SeniorApprovalByUserId is { } approverId)
        {
            if (approver is null)
                throw new DomainRuleException("cdd.senior_approval_invalid", "The senior approver must be a user of your firm.");
            if (approverId == recorderId)
                throw new DomainRuleException("cdd.senior_approval_invalid", "Senior approval must come from someone other than the person recording the checks.");
            if (!approver.Roles.HasFlag(UserRoles.Partner) && !approver.Duties.HasFlag(ComplianceDuties.Mlro))
                throw new DomainRuleException("cdd.senior_approval_invalid", "Senior approval must come from a Partner or the MLRO.");
        }
        var enhanced = r.Pep == true || r.HighRiskCountry == true || r.RiskLevel == RiskLevel.High;
        if (complete && enhanced && (ContactRules.Blank(r.SourceOfFunds) is null || ContactRules.Blank(r.SourceOfWealth) is null || approver is null))
            throw new DomainRuleException("cdd.enhanced_checks_missing",
                "A politically exposed person, a high-risk country or a high risk needs enhanced checks: record the source of funds and of wealth, and senior approval.");

        var owners = r.BeneficialOwners ?? [];
        if (owners.Length > 0 && contact.Kind != ContactKind.Organisation)
            throw new RequestValidationException("beneficialOwners", "Only an organisation has beneficial owners.");
        if (owners.Any(o => ContactRules.Blank(o.Name) is null))
            throw new RequestValidationException("beneficialOwners", "Enter the name of each beneficial owner.");
        if (owners.Any(o => o.ShareBp is <= BeneficialOwnerThresholdBp or > 10_000))
            throw new DomainRuleException("cdd.beneficial_owner_share", "A beneficial owner holds more than 25% (and at most 100%).");
        if (complete && contact.Kind == ContactKind.Organisation && owners.Length == 0 && ContactRules.Blank(r.NoBeneficialOwnersReason) is null)
            throw new DomainRuleException("cdd.beneficial_owners_missing",
                "Record the beneficial owners (anyone holding more than 25%), or explain why there are none.");
    }

    /// <summary>"AB1234567" → "••••4567": the full number is never stored.</summary>
    public static string? Mask(string? number)
    {
        var compact = string.Concat((number ?? "").Where(char.IsLetterOrDigit));
        if (compact.Length == 0)
            return null;
        return compact.Length <= 4 ? "••••" : "••••" + compact[^4..];
    }
}
