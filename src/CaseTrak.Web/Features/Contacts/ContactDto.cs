using System.ComponentModel.DataAnnotations;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>A postal address; for an organisation, its registered office.</summary>
public sealed record AddressDto(
    [property: MaxLength(200)] string? Line1,
    [property: MaxLength(200)] string? Line2,
    [property: MaxLength(100)] string? Town,
    [property: MaxLength(100)] string? County,
    [property: MaxLength(20)] string? Postcode,
    [property: MaxLength(100)] string? Country);

public sealed record ContactMethodDto(Guid Id, string Kind, string? Label, string Value);

public sealed record ContactDto(Guid Id, ContactKind Kind, string DisplayName, string? Title, string? FirstName, string? MiddleNames,
    string? LastName, IReadOnlyList<string> FormerNames, DateOnly? DateOfBirth, string? Name, string? CompanyNumber,
    IReadOnlyList<string> TradingNames, string? Email, string? Phone, AddressDto? Address, string? Notes, string? ClientCode,
    bool Archived, CddStatus CddStatus, RiskLevel? CddRiskLevel, DateOnly? CddIdExpiresOn, IReadOnlyList<ContactMethodDto> Methods,
    DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    public static ContactDto From(Contact c, IEnumerable<ContactName> names, IEnumerable<ContactMethod> methods)
    {
        var list = names.ToList();
        return new(c.Id, c.Kind, c.DisplayName, c.Title, c.FirstName, c.MiddleNames, c.LastName, NamesOf(list, ContactNameKind.Former),
            c.DateOfBirth, c.Name, c.CompanyNumber, NamesOf(list, ContactNameKind.Trading), c.Email, c.Phone, AddressOf(c), c.Notes,
            c.ClientCode, c.Archived, c.CddStatus, c.CddRiskLevel, c.CddIdExpiresOn,
            methods.Select(m => new ContactMethodDto(m.Id, m.Kind, m.Label, m.Value)).ToList(), c.CreatedAt, c.UpdatedAt, c.Version);
    }

    internal static IReadOnlyList<string> NamesOf(IEnumerable<ContactName> names, ContactNameKind kind) =>
        names.Where(n => n.Kind == kind).Select(n => n.Name).ToList();

    private static AddressDto? AddressOf(Contact c) =>
        c.AddressLine1 is null && c.AddressLine2 is null && c.Town is null && c.County is null && c.Postcode is null && c.Country is null
            ? null
            : new(c.AddressLine1, c.AddressLine2, c.Town, c.County, c.Postcode, c.Country);
}

/// <summary>One line of the contacts list.</summary>
public sealed record ContactRow(Guid Id, ContactKind Kind, string DisplayName, string? Email, string? Postcode, string? ClientCode,
    CddStatus CddStatus, DateOnly? CddIdExpiresOn, bool Archived);
