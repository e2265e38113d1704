using CaseTrak.Web.Features.Shared;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>Contact words and dates as people read them (UI.md: status words the same everywhere).</summary>
public static class ContactDisplay
{
    /// <summary>"26 Nov 2026" for a calendar date.</summary>
    public static string Date(DateOnly date) => Display.Date(date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Kind(ContactKind kind) => kind == ContactKind.Organisation ? "Organisation" : "Person";

    public static string Cdd(CddStatus status) => status switch
    {
        CddStatus.NotStarted => "CDD not started",
        CddStatus.InProgress => "CDD in progress",
        CddStatus.Complete => "CDD complete",
        CddStatus.Exception => "CDD exception",
        _ => status.ToString(),
    };

    /// <summary>The badge class for a status: words carry the meaning, colour only repeats it.</summary>
    public static string CddBadge(CddStatus status) => status switch
    {
        CddStatus.Complete => "status-ok",
        CddStatus.Exception => "status-warn",
        CddStatus.InProgress => "status-warn",
        _ => "status-off",
    };

    public static string Risk(RiskLevel? risk) => risk switch
    {
        RiskLevel.Low => "Low",
        RiskLevel.Medium => "Medium",
        RiskLevel.High => "High",
        _ => "Not assessed",
    };

    public static string Relationship(RelationshipKind kind) => kind switch
    {
        RelationshipKind.DirectorOf => "director of",
        RelationshipKind.ShareholderOf => "shareholder of",
        RelationshipKind.SpouseOf => "spouse of",
        RelationshipKind.PartnerOf => "partner of",
        RelationshipKind.EmployeeOf => "employee of",
        RelationshipKind.ParentCompanyOf => "parent company of",
        RelationshipKind.TrusteeOf => "trustee of",
        RelationshipKind.BeneficialOwnerOf => "beneficial owner of",
        RelationshipKind.RelativeOf => "relative of",
        _ => "related to",
    };

    public static string MatterStatus(Matters.MatterStatus status) => status switch
    {
        Matters.MatterStatus.OnHold => "On hold",
        _ => status.ToString(),
    };

    /// <summary>2500 → "25%", 3333 → "33.33%".</summary>
    public static string Share(int bp) => (bp / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
