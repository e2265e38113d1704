using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Contacts;

public enum ContactKind { Person, Organisation }

/// <summary>
/// A person or an organisation: a client, another side, counsel, a court. Names are indexed in
/// <see cref="ContactName"/> (current and former) for conflict searches.
/// </summary>
public sealed class Contact : FirmOwnedEntity
{
    public ContactKind Kind { get; init; }
    public string? Title { get; set; }
    public string? FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>An organisation's name.</summary>
    public string? Name { get; set; }
    public string? CompanyNumber { get; set; }
    /// <summary>Short code given when the contact first becomes a client ("SMIT01"); used in matter references.</summary>
    public string? ClientCode { get; set; }
    /// <summary>What lists show and sort by: "Smith, Jane" is not used; "Jane Smith" or "Acme Ltd".</summary>
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The postal address; for an organisation, its registered office.</summary>
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? County { get; set; }
    public string? Postcode { get; set; }
    public string? Country { get; set; }
    public string? Notes { get; set; }
    public bool Archived { get; set; }
    /// <summary>The outcome of the latest due-diligence record, kept here for lists and gates.</summary>
    public CddStatus CddStatus { get; set; }
    public RiskLevel? CddRiskLevel { get; set; }
    public DateOnly? CddIdExpiresOn { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

public enum ContactNameKind { Current, Former, Trading }

/// <summary>One searchable name of a contact (current, former or trading), normalised for matching.</summary>
public sealed class ContactName : FirmOwnedEntity
{
    public Guid ContactId { get; init; }
    public ContactNameKind Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>Lower case, accents and punctuation removed, company suffixes dropped (see the matcher).</summary>
    public required string Normalised { get; init; }
}

/// <summary>Extra emails, phones and addresses beyond the primary ones on the contact.</summary>
public sealed class ContactMethod : FirmOwnedEntity
{
    public Guid ContactId { get; init; }
    public required string Kind { get; init; } // email | phone | address
    public string? Label { get; set; }
    public required string Value { get; set; }
}

public enum RelationshipKind { DirectorOf, ShareholderOf, SpouseOf, PartnerOf, EmployeeOf, ParentCompanyOf, TrusteeOf, BeneficialOwnerOf, RelativeOf, Other }

/// <summary>"A is director of B". Conflict searches follow these to related companies and people.</summary>
public sealed class ContactRelationship : FirmOwnedEntity
{
    public Guid FromContactId { get; init; }
    public Guid ToContactId { get; init; }
    public RelationshipKind Kind { get; init; }
    /// <summary>For shareholdings and beneficial ownership, in basis points (2500 = 25%).</summary>
    public int? ShareBp { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; init; }
}

public sealed class ContactNote : FirmOwnedEntity
{
    public Guid ContactId { get; init; }
    public required string Body { get; init; }
    public Guid AuthorId { get; init; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>
/// The three-letter pieces of a normalised name, for the portable fuzzy search: candidates share trigrams
/// with the query, then are scored. PostgreSQL searches its word-key index on <see cref="ContactName.Normalised"/> instead.
/// </summary>
public sealed class NameTrigram : FirmOwnedEntity
{
    public Guid NameId { get; init; }
    public required string Trigram { get; init; }
}
