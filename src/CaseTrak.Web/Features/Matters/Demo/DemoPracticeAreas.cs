namespace CaseTrak.Web.Features.Matters.Demo;

internal sealed record DemoField(string Key, string Label, CustomFieldType Type, bool Required = false, string? Choices = null);

/// <summary>One kind of work in the demo firm: its custom fields and the matters it typically holds.</summary>
internal sealed record DemoArea(string Name, DemoField[] Fields, string[] Titles, PartyRole[] OtherRoles, KeyDateKind[] DateKinds);

/// <summary>The five practice areas the issue asks for, each with a couple of custom fields.</summary>
internal static class DemoPracticeAreas
{
    public const string Conveyancing = "Conveyancing";
    public const string Litigation = "Civil litigation";
    public const string Family = "Family";
    public const string PrivateClient = "Private client";
    public const string Employment = "Employment";

    public static readonly DemoArea[] All =
    [
        new(Conveyancing,
            [
                new("propertyAddress", "Property address", CustomFieldType.Text, Required: true),
                new("tenure", "Tenure", CustomFieldType.Choice, Required: true, Choices: "Freehold\nLeasehold\nCommonhold"),
                new("priceGbp", "Price (£)", CustomFieldType.Number),
            ],
            ["Purchase of {street}", "Sale of {street}", "Remortgage of {street}", "Transfer of equity, {street}", "Purchase of {street} (new build)"],
            [PartyRole.OtherSideSolicitor, PartyRole.Lender, PartyRole.Agent],
            [KeyDateKind.Exchange, KeyDateKind.Completion]),
        new(Litigation,
            [
                new("claimNumber", "Court claim number", CustomFieldType.Text),
                new("track", "Track", CustomFieldType.Choice, Choices: "Small claims\nFast track\nIntermediate track\nMulti-track"),
                new("claimValueGbp", "Claim value (£)", CustomFieldType.Number),
            ],
            ["Debt recovery against {company}", "Boundary dispute at {street}", "Professional negligence claim", "Breach of contract — {company}", "Defective building works at {street}"],
            [PartyRole.OtherSide, PartyRole.OtherSideSolicitor, PartyRole.Court, PartyRole.Counsel, PartyRole.Expert],
            [KeyDateKind.Hearing, KeyDateKind.Deadline]),
        new(Family,
            [
                new("proceedings", "Proceedings", CustomFieldType.Choice, Required: true, Choices: "Divorce\nFinancial remedy\nChild arrangements\nPrenuptial agreement"),
                new("courtCaseNumber", "Court case number", CustomFieldType.Text),
            ],
            ["Divorce and financial remedy", "Child arrangements order", "Prenuptial agreement", "Financial remedy — consent order"],
            [PartyRole.OtherSide, PartyRole.OtherSideSolicitor, PartyRole.Court],
            [KeyDateKind.Hearing, KeyDateKind.Deadline]),
        new(PrivateClient,
            [
                new("work", "Type of work", CustomFieldType.Choice, Required: true, Choices: "Will\nLasting power of attorney\nProbate\nTrust administration"),
                new("dateOfDeath", "Date of death", CustomFieldType.Date),
            ],
            ["Will and lasting powers of attorney", "Estate of the late {person}", "Probate — estate of {person}", "Family trust administration"],
            [PartyRole.Beneficiary, PartyRole.Deceased],
            [KeyDateKind.Deadline, KeyDateKind.Review]),
        new(Employment,
            [
                new("employer", "Employer", CustomFieldType.Text),
                new("effectiveDateOfTermination", "Effective date of termination", CustomFieldType.Date),
                new("acasCertificate", "ACAS certificate number", CustomFieldType.Text),
            ],
            ["Unfair dismissal claim against {company}", "Settlement agreement with {company}", "Redundancy advice", "Discrimination claim against {company}"],
            [PartyRole.OtherSide, PartyRole.OtherSideSolicitor, PartyRole.Court],
            [KeyDateKind.Hearing, KeyDateKind.Deadline]),
    ];
}
