namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// The editable fields of a contact in one place, so create, PATCH and the edit page clean, compare and
/// apply them the same way. Names lists are the former and trading names indexed for conflict searches.
/// </summary>
public sealed record ContactFields(string? Title, string? FirstName, string? MiddleNames, string? LastName,
    IReadOnlyList<string> FormerNames, DateOnly? DateOfBirth, string? Name, string? CompanyNumber, IReadOnlyList<string> TradingNames,
    string? Email, string? Phone, AddressDto Address, string? Notes)
{
    public static readonly AddressDto NoAddress = new(null, null, null, null, null, null);

    public static ContactFields Of(Contact c, IEnumerable<ContactName> names)
    {
        var list = names.ToList();
        return new(c.Title, c.FirstName, c.MiddleNames, c.LastName, ContactDto.NamesOf(list, ContactNameKind.Former), c.DateOfBirth, c.Name,
            c.CompanyNumber, ContactDto.NamesOf(list, ContactNameKind.Trading), c.Email, c.Phone,
            new(c.AddressLine1, c.AddressLine2, c.Town, c.County, c.Postcode, c.Country), c.Notes);
    }

    /// <summary>The field names (API spelling) whose values differ; used for the audit details.</summary>
    public IReadOnlyList<string> ChangedFrom(ContactFields before)
    {
        var changed = new List<string>();
        Check("title", Title, before.Title);
        Check("firstName", FirstName, before.FirstName);
        Check("middleNames", MiddleNames, before.MiddleNames);
        Check("lastName", LastName, before.LastName);
        Check("formerNames", string.Join('\n', FormerNames), string.Join('\n', before.FormerNames));
        Check("dateOfBirth", DateOfBirth, before.DateOfBirth);
        Check("name", Name, before.Name);
        Check("companyNumber", CompanyNumber, before.CompanyNumber);
        Check("tradingNames", string.Join('\n', TradingNames), string.Join('\n', before.TradingNames));
        Check("email", Email, before.Email);
        Check("phone", Phone, before.Phone);
        Check("address", Address, before.Address);
        Check("notes", Notes, before.Notes);
        return changed;

        void Check<T>(string field, T now, T then)
        {
            if (!EqualityComparer<T>.Default.Equals(now, then))
                changed.Add(field);
        }
    }

    /// <summary>Writes the fields onto the entity, with the display name lists sort by.</summary>
    public void ApplyTo(Contact c)
    {
        (c.Title, c.FirstName, c.MiddleNames, c.LastName, c.DateOfBirth) = (Title, FirstName, MiddleNames, LastName, DateOfBirth);
        (c.Name, c.CompanyNumber, c.Email, c.Phone, c.Notes) = (Name, CompanyNumber, Email, Phone, Notes);
        (c.AddressLine1, c.AddressLine2, c.Town, c.County, c.Postcode, c.Country) =
            (Address.Line1, Address.Line2, Address.Town, Address.County, Address.Postcode, Address.Country);
        c.DisplayName = DisplayNameFor(c.Kind);
    }

    /// <summary>"Jane Smith" for a person (first and last names), the name for an organisation.</summary>
    public string DisplayNameFor(ContactKind kind) => kind == ContactKind.Organisation
        ? Name ?? ""
        : string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
