using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Access;

namespace CaseTrak.IntegrationTests.Conflicts;

/// <summary>
/// Writes contacts, matters, parties, relationships and barriers straight through the DbContext, indexed
/// the way the contacts module indexes names, so the conflict tests do not depend on other modules' APIs.
/// </summary>
internal static class ConflictWorld
{
    public static Task<Guid> PersonAsync(this TestFirm firm, string first, string last, params string[] formerNames) =>
        firm.ContactAsync(ContactKind.Person, $"{first} {last}", formerNames, [], first, last);

    public static Task<Guid> OrganisationAsync(this TestFirm firm, string name, params string[] tradingNames) =>
        firm.ContactAsync(ContactKind.Organisation, name, [], tradingNames);

    private static Task<Guid> ContactAsync(this TestFirm firm, ContactKind kind, string displayName, string[] former, string[] trading,
        string? first = null, string? last = null) => firm.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var contact = new Contact
        {
            Kind = kind, FirstName = first, LastName = last, Name = kind == ContactKind.Organisation ? displayName : null,
            DisplayName = displayName, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(contact);
        var names = new[] { (ContactNameKind.Current, displayName) }
            .Concat(former.Select(n => (ContactNameKind.Former, n))).Concat(trading.Select(n => (ContactNameKind.Trading, n)));
        foreach (var (nameKind, name) in names)
        {
            var row = new ContactName { ContactId = contact.Id, Kind = nameKind, Name = name, Normalised = NameNormaliser.Normalise(name) };
            db.Add(row);
            foreach (var trigram in Trigrams.Of(row.Normalised))
                db.Add(new NameTrigram { NameId = row.Id, Trigram = trigram });
        }
        await db.SaveChangesAsync();
        return contact.Id;
    });

    public static Task RelateAsync(this TestFirm firm, Guid from, RelationshipKind kind, Guid to) => firm.WithDbAsync(async db =>
    {
        db.Add(new ContactRelationship { FromContactId = from, ToContactId = to, Kind = kind, CreatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    /// <summary>A matter for the client (on a cleared check), with the other parties given.</summary>
    public static Task<Guid> MatterAsync(this TestFirm firm, string reference, Guid clientId, MatterStatus status = MatterStatus.Open,
        params (Guid ContactId, PartyRole Role)[] parties) => firm.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var check = new ConflictCheck
        {
            Terms = "seeded", RunByUserId = firm.Owner.Id, RunAt = now, ClientId = clientId,
            Decision = ConflictDecision.Clear, DecidedByUserId = firm.Owner.Id, DecidedAt = now,
        };
        var matter = new Matter
        {
            Reference = reference, ClientId = clientId, Title = $"Matter {reference}", Status = status, ResponsibleUserId = firm.Owner.Id,
            ConflictCheckId = check.Id, OpenedOn = DateOnly.FromDateTime(now), CreatedAt = now, LastActivityAt = now,
            ClosedAt = status == MatterStatus.Closed ? now : null,
        };
        db.AddRange(check, matter);
        db.Add(new MatterParty { MatterId = matter.Id, ContactId = clientId, Role = PartyRole.Client, AddedAt = now });
        foreach (var (contactId, role) in parties)
            db.Add(new MatterParty { MatterId = matter.Id, ContactId = contactId, Role = role, AddedAt = now });
        await db.SaveChangesAsync();
        return matter.Id;
    });

    /// <summary>Puts the matter behind a barrier with these members.</summary>
    public static Task BarAsync(this TestFirm firm, Guid matterId, params Guid[] memberIds) => firm.WithDbAsync(async db =>
    {
        db.Add(new MatterBarrier { FirmId = firm.Id, MatterId = matterId, CreatedAt = DateTime.UtcNow, CreatedByUserId = firm.Owner.Id });
        foreach (var userId in memberIds)
            db.Add(new MatterBarrierMember { MatterId = matterId, UserId = userId });
        return await db.SaveChangesAsync();
    });

    public static async Task<JsonElement> RunCheckAsync(this HttpClient client, params string[] terms) =>
        await client.PostAsJsonAsync("/api/v1/conflict-checks", new { terms }).ExpectJsonAsync(201);

    public static IReadOnlyList<JsonElement> Hits(this JsonElement check) => check.GetProperty("hits").EnumerateArray().ToList();

    public static string? Str(this JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
