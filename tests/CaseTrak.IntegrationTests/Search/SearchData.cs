using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Access;

namespace CaseTrak.IntegrationTests.Search;

/// <summary>
/// Rows for search tests, written straight into the firm's tables: these tests are about what search finds
/// and hides, not about opening matters, whose rules have tests of their own.
/// </summary>
internal static class SearchData
{
    public static Task<Guid> AddPersonAsync(this TestFirm firm, string first, string last, string? email = null) =>
        firm.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var contact = new Contact
            {
                Kind = ContactKind.Person, FirstName = first, LastName = last, DisplayName = $"{first} {last}",
                Email = email, CreatedAt = now, UpdatedAt = now,
            };
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    /// <summary>An open matter for the client, on a cleared conflict check, run by the firm's Owner.</summary>
    public static Task<Guid> AddMatterAsync(this TestFirm firm, Guid clientId, string reference, string title, params Guid[] barrierMembers) =>
        firm.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var check = new ConflictCheck
            {
                Terms = title, ClientId = clientId, RunByUserId = firm.Owner.Id, RunAt = now,
                Decision = ConflictDecision.Clear, DecidedByUserId = firm.Owner.Id, DecidedAt = now,
            };
            var matter = new Matter
            {
                Reference = reference, ClientId = clientId, Title = title, Status = MatterStatus.Open,
                ResponsibleUserId = firm.Owner.Id, ConflictCheckId = check.Id, OpenedOn = DateOnly.FromDateTime(now),
                CreatedAt = now, LastActivityAt = now,
            };
            db.AddRange(check, matter);
            if (barrierMembers.Length > 0)
            {
                db.Add(new MatterBarrier { FirmId = firm.Id, MatterId = matter.Id, CreatedAt = now, CreatedByUserId = firm.Owner.Id });
                db.AddRange(barrierMembers.Select(u => new MatterBarrierMember { MatterId = matter.Id, UserId = u }));
            }
            await db.SaveChangesAsync();
            return matter.Id;
        });

    public static async Task<IReadOnlyList<JsonElement>> SearchAsync(this HttpClient client, string q)
    {
        var body = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}").ExpectJsonAsync(200);
        return body.Items();
    }

    public static IEnumerable<Guid> Ids(this IEnumerable<JsonElement> items, string type) =>
        items.Where(i => i.GetProperty("type").GetString() == type).Select(i => i.GetProperty("id").GetGuid());
}
