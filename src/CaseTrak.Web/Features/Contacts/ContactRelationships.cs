using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>"This contact is {kind} the other": e.g. Jane Smith directorOf Acme Ltd.</summary>
public sealed record AddRelationshipRequest(Guid ToContactId, RelationshipKind? Kind, int? ShareBp, [property: MaxLength(400)] string? Notes);

/// <param name="Direction">"outgoing" when this contact is the subject ("… is director of Other"), else "incoming".</param>
public sealed record RelationshipDto(Guid Id, Guid FromContactId, Guid ToContactId, RelationshipKind Kind, int? ShareBp, string? Notes,
    Guid OtherContactId, string OtherName, string Direction, DateTime CreatedAt);

/// <summary>Relationships between contacts, which conflict searches follow to related people and companies.</summary>
public sealed class ContactRelationshipsHandler(AppDbContext db, GetContactHandler get, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<RelationshipDto>> ListAsync(Guid contactId, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var contacts = db.Set<Contact>();
        return await db.Set<ContactRelationship>().AsNoTracking()
            .Where(r => r.FromContactId == contactId || r.ToContactId == contactId)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new RelationshipDto(r.Id, r.FromContactId, r.ToContactId, r.Kind, r.ShareBp, r.Notes,
                r.FromContactId == contactId ? r.ToContactId : r.FromContactId,
                contacts.Where(c => c.Id == (r.FromContactId == contactId ? r.ToContactId : r.FromContactId)).Select(c => c.DisplayName).First(),
                r.FromContactId == contactId ? "outgoing" : "incoming", r.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<RelationshipDto> AddAsync(Guid contactId, AddRelationshipRequest request, CancellationToken ct)
    {
        var from = await get.LoadAsync(contactId, ct);
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
            throw new RequestValidationException("kind", "Choose how the two contacts are related.");
        if (request.ToContactId == contactId)
            throw new RequestValidationException("toContactId", "Choose another contact: a contact cannot be related to itself.");
        var to = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ToContactId, ct)
            ?? throw new RequestValidationException("toContactId", "Choose a contact from your firm's contacts.");
        if (request.ShareBp is { } share && (share is <= 0 or > 10_000 || kind is not (RelationshipKind.ShareholderOf or RelationshipKind.BeneficialOwnerOf)))
            throw new RequestValidationException("shareBp", "A share is between 0.01% and 100%, for a shareholder or beneficial owner only.");
        if (await db.Set<ContactRelationship>().AnyAsync(r => r.FromContactId == contactId && r.ToContactId == to.Id && r.Kind == kind, ct))
            throw new ConflictException("contact.relationship_exists", $"{from.DisplayName} is already recorded with this relationship to {to.DisplayName}.");

        var relationship = new ContactRelationship
        {
            FromContactId = contactId, ToContactId = to.Id, Kind = kind, ShareBp = request.ShareBp,
            Notes = ContactRules.Blank(request.Notes), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(relationship);
        audit.Record(AuditAction.ContactRelationshipAdded, "Contact", contactId, details: new { relationshipId = relationship.Id, toContactId = to.Id, kind = ApiNames.Of(kind) });
        await db.SaveChangesAsync(ct);
        return new(relationship.Id, contactId, to.Id, kind, relationship.ShareBp, relationship.Notes, to.Id, to.DisplayName, "outgoing", relationship.CreatedAt);
    }

    public async Task RemoveAsync(Guid contactId, Guid relationshipId, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var relationship = await db.Set<ContactRelationship>()
            .SingleOrDefaultAsync(r => r.Id == relationshipId && (r.FromContactId == contactId || r.ToContactId == contactId), ct)
            ?? throw new NotFoundException("Relationship");
        db.Remove(relationship);
        audit.Record(AuditAction.ContactRelationshipRemoved, "Contact", contactId, details: new { relationshipId, kind = ApiNames.Of(relationship.Kind) });
        await db.SaveChangesAsync(ct);
    }
}
