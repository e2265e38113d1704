using CaseTrak.Web.Features.Contacts;
using static CaseTrak.Web.Features.Matters.Demo.DemoNames;

namespace CaseTrak.Web.Features.Matters.Demo;

/// <summary>A demo contact with the names the conflict search must also find (a maiden name, a trading name).</summary>
internal sealed record DemoContact(Contact Contact, string[] FormerNames, string[] TradingNames);

/// <summary>The demo firm's address book: clients, people on the other side, and the professionals matters involve.</summary>
internal sealed class DemoContacts(Random rng, DateTime now)
{
    public List<DemoContact> All { get; } = [];
    public List<Contact> PersonClients { get; } = [];
    public List<Contact> OrganisationClients { get; } = [];
    public List<Contact> OtherSide { get; } = [];
    public Dictionary<PartyRole, List<Contact>> Professionals { get; } = [];

    public DemoContacts Build()
    {
        for (var i = 0; i < 125; i++)
            PersonClients.Add(Person());
        for (var i = 0; i < 28; i++)
            OrganisationClients.Add(Organisation());
        for (var i = 0; i < 18; i++)
            OtherSide.Add(Person());
        for (var i = 0; i < 8; i++)
            OtherSide.Add(Organisation());
        Add(PartyRole.OtherSideSolicitor, LawFirms.Select(n => Organisation(n)));
        Add(PartyRole.Court, Courts.Select(n => Organisation(n)));
        Add(PartyRole.Counsel, Counsel.Select(n => Person(n.Split(' ')[0], n[(n.IndexOf(' ', StringComparison.Ordinal) + 1)..])));
        Add(PartyRole.Lender, new[] { "Harbour Building Society", "Meridian Bank plc", "Pennine Mortgages Limited" }.Select(n => Organisation(n)));
        Add(PartyRole.Agent, new[] { "Oakfield & Daughters Estate Agents", "Severn Valley Lettings Ltd", "Greenway Homes Estate Agents" }.Select(n => Organisation(n)));
        Add(PartyRole.Expert, [Person("Dr Nadia", "Rahman"), Person("Graham", "Whitfield"), Person("Fiona", "Gallagher")]);
        return this;
    }

    private void Add(PartyRole role, IEnumerable<Contact> contacts) => Professionals[role] = contacts.ToList();

    private Contact Person(string? first = null, string? last = null)
    {
        var title = first?.StartsWith("Dr ", StringComparison.Ordinal) == true ? "Dr" : rng.Pick(Titles);
        first = first?.Replace("Dr ", "", StringComparison.Ordinal) ?? rng.Pick(FirstNames);
        last ??= rng.Pick(Surnames);
        var middle = rng.Next(4) == 0 ? rng.Pick(FirstNames) : null;
        var contact = New(ContactKind.Person, $"{first} {last}");
        (contact.Title, contact.FirstName, contact.MiddleNames, contact.LastName) = (title, first, middle, last);
        contact.DateOfBirth = new DateOnly(1942, 1, 1).AddDays(rng.Next(0, 365 * 60));
        contact.Email = $"{Simple(first)}.{Simple(last)}{rng.Next(1, 99)}@example.co.uk";
        contact.Phone = Mobile(rng);
        // Some married clients were known by another surname: conflict searches must find them by it too.
        var former = title is "Mrs" && rng.Next(3) == 0 ? new[] { $"{first} {rng.Pick(Surnames)}" } : [];
        All.Add(new(contact, former, []));
        return contact;
    }

    private Contact Organisation(string? name = null)
    {
        var trading = Array.Empty<string>();
        if (name is null)
        {
            var stem = $"{(rng.Next(2) == 0 ? rng.Pick(CompanyPrefixes) : rng.Pick(Surnames))} {rng.Pick(CompanyWords)}";
            name = $"{stem} {rng.Pick(CompanySuffixes)}";
            if (rng.Next(5) == 0)
                trading = [stem.Split(' ')[0] + " Group"];
        }
        var contact = New(ContactKind.Organisation, name);
        contact.Name = name;
        contact.CompanyNumber = rng.Next(10) == 0 ? $"SC{rng.Next(100000, 999999)}" : $"{rng.Next(1000000, 15999999):00000000}";
        contact.Email = $"enquiries@{Simple(name.Split(' ')[0])}.example.co.uk";
        contact.Phone = $"0{rng.Next(113, 199)} 496 0{rng.Next(100, 999)}";
        All.Add(new(contact, [], trading));
        return contact;
    }

    private Contact New(ContactKind kind, string displayName)
    {
        var (town, county, outward) = rng.Pick(Places);
        var created = now.AddDays(-rng.Next(30, 900)).AddMinutes(-rng.Next(0, 600));
        return new Contact
        {
            Kind = kind, DisplayName = displayName, CreatedAt = created, UpdatedAt = created, Version = 1,
            AddressLine1 = $"{rng.Next(1, 180)} {rng.Pick(Streets)}", Town = town, County = county,
            Postcode = Postcode(rng, outward), Country = "United Kingdom",
        };
    }

    private static string Simple(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
}
