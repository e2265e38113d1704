using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>What the new and edit contact forms post: flat fields, names one per line.</summary>
public sealed class ContactInput
{
    public string? Title { get; set; }
    public string? FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Name { get; set; }
    public string? CompanyNumber { get; set; }
    public string? FormerNames { get; set; }
    public string? TradingNames { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? County { get; set; }
    public string? Postcode { get; set; }
    public string? Country { get; set; }
    public string? Notes { get; set; }
    public bool ConfirmDuplicate { get; set; }
    public int Version { get; set; }

    public static ContactInput From(ContactDto c) => new()
    {
        Title = c.Title, FirstName = c.FirstName, MiddleNames = c.MiddleNames, LastName = c.LastName, DateOfBirth = c.DateOfBirth,
        Name = c.Name, CompanyNumber = c.CompanyNumber, FormerNames = string.Join('\n', c.FormerNames), TradingNames = string.Join('\n', c.TradingNames),
        Email = c.Email, Phone = c.Phone, Line1 = c.Address?.Line1, Line2 = c.Address?.Line2, Town = c.Address?.Town, County = c.Address?.County,
        Postcode = c.Address?.Postcode, Country = c.Address?.Country, Notes = c.Notes, Version = c.Version,
    };

    public AddressDto Address() => new(Line1, Line2, Town, County, Postcode, Country);

    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public CreateContactRequest ToCreate(ContactKind kind) => new(kind, Title, FirstName, MiddleNames, LastName, Lines(FormerNames), DateOfBirth,
        Name, CompanyNumber, Lines(TradingNames), Email, Phone, Address(), Notes, ConfirmDuplicate);

    public UpdateContactRequest ToUpdate() => new(Title, FirstName, MiddleNames, LastName, Lines(FormerNames), DateOfBirth, Name, CompanyNumber,
        Lines(TradingNames), Email, Phone, Address(), Notes);

    /// <summary>The API names address fields "address.postcode"; the form has them flat ("Postcode").</summary>
    public static RequestValidationException Flatten(RequestValidationException e) =>
        new(e.Errors.ToDictionary(kv => kv.Key.StartsWith("address.", StringComparison.Ordinal) ? kv.Key["address.".Length..] : kv.Key, kv => kv.Value));
}

/// <summary>A page showing the contact form partial.</summary>
public interface IContactForm
{
    ContactInput Input { get; }
    ContactKind Kind { get; }
}
