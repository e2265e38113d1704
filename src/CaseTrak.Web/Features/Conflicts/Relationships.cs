using CaseTrak.Web.Features.Contacts;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>"A is parent company of B" read from either end, for related-party hits.</summary>
internal static class Relationships
{
    /// <param name="forward">True when the matched contact is the "from" side (A), false when it is B.</param>
    public static string Phrase(RelationshipKind kind, bool forward) => (kind, forward) switch
    {
        (RelationshipKind.DirectorOf, true) => "director of",
        (RelationshipKind.DirectorOf, false) => "company with director",
        (RelationshipKind.ShareholderOf, true) => "shareholder of",
        (RelationshipKind.ShareholderOf, false) => "company with shareholder",
        (RelationshipKind.SpouseOf, _) => "spouse of",
        (RelationshipKind.PartnerOf, _) => "partner of",
        (RelationshipKind.EmployeeOf, true) => "employee of",
        (RelationshipKind.EmployeeOf, false) => "employer of",
        (RelationshipKind.ParentCompanyOf, true) => "parent company of",
        (RelationshipKind.ParentCompanyOf, false) => "subsidiary of",
        (RelationshipKind.TrusteeOf, true) => "trustee of",
        (RelationshipKind.TrusteeOf, false) => "trust with trustee",
        (RelationshipKind.BeneficialOwnerOf, true) => "beneficial owner of",
        (RelationshipKind.BeneficialOwnerOf, false) => "owned by",
        (RelationshipKind.RelativeOf, _) => "relative of",
        _ => "related to",
    };
}
