using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <param name="IsClient">The matter's own client: always a party, never removed.</param>
public sealed record MatterPartyDto(Guid Id, Guid ContactId, string ContactName, PartyRole Role, string? Reference, DateTime AddedAt, bool IsClient);

/// <param name="Role">client, otherSide, otherSideSolicitor, counsel, expert, court, witness, lender, agent, beneficiary, deceased or other.</param>
public sealed record AddPartyRequest(Guid ContactId, [property: Required(ErrorMessage = "Choose a role.")] string Role,
    [property: MaxLength(100)] string? Reference = null);

/// <summary>Who is involved in a matter and how; conflict searches read these names too.</summary>
public sealed class MatterPartiesHandler(AppDbContext db, GetMatterHandler get, IContactDirectory contacts, TenantGuard guard,
    AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<MatterPartyDto>> ListAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct);
        var parties = await db.Set<MatterParty>().AsNoTracking().Where(p => p.MatterId == matterId)
            .OrderBy(p => p.AddedAt).ThenBy(p => p.Id).ToListAsync(ct);
        var names = await contacts.FindManyAsync(parties.Select(p => p.ContactId).Distinct(), ct);
        return parties.Select(p => ToDto(p, matter, names.GetValueOrDefault(p.ContactId)?.DisplayName ?? "")).ToList();
    }

    public async Task<MatterPartyDto> AddAsync(Guid matterId, AddPartyRequest request, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        var role = ApiEnums.Parse<PartyRole>(request.Role, "role");
        var contact = await contacts.FindAsync(request.ContactId, ct)
            ?? throw new RequestValidationException("contactId", "Choose an existing contact.");
        if (await db.Set<MatterParty>().AnyAsync(p => p.MatterId == matterId && p.ContactId == contact.Id && p.Role == role, ct))
            throw new ConflictException("matter.party_exists", "This contact is already a party in this role.");

        var now = clock.GetUtcNow().UtcDateTime;
        var party = new MatterParty
        {
            MatterId = matterId, ContactId = contact.Id, Role = role, AddedAt = now,
            Reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim(),
        };
        db.Add(party);
        matter.LastActivityAt = now;
        audit.Record(AuditAction.MatterPartyAdded, "Matter", matterId, details: new { partyId = party.Id, contactId = contact.Id, role = ApiEnums.Name(role) });
        await db.SaveChangesAsync(ct);
        return ToDto(party, matter, contact.DisplayName);
    }

    public async Task RemoveAsync(Guid matterId, Guid partyId, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        var party = await db.Set<MatterParty>().SingleOrDefaultAsync(p => p.Id == partyId && p.MatterId == matterId, ct)
            ?? throw await guard.NotFoundAsync<MatterParty>(partyId, ct);
        if (IsTheClient(party, matter))
            throw new DomainRuleException("matter.client_party", "The matter's client cannot be removed from its parties.");
        db.Remove(party);
        matter.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditAction.MatterPartyRemoved, "Matter", matterId, details: new { partyId, contactId = party.ContactId, role = ApiEnums.Name(party.Role) });
        await db.SaveChangesAsync(ct);
    }

    private static bool IsTheClient(MatterParty p, Matter m) => p.Role == PartyRole.Client && p.ContactId == m.ClientId;

    private static MatterPartyDto ToDto(MatterParty p, Matter m, string name) =>
        new(p.Id, p.ContactId, name, p.Role, p.Reference, p.AddedAt, IsTheClient(p, m));
}
