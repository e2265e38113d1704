using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Archiving hides a contact from the everyday list but keeps it, its history and its names: conflict
/// searches still find an archived contact. Doing it twice changes nothing.
/// </summary>
public sealed class ArchiveContactHandler(AppDbContext db, GetContactHandler get, ContactNameIndex names, AuditLog audit, TimeProvider clock)
{
    public async Task<ContactDto> HandleAsync(Guid id, bool archived, CancellationToken ct)
    {
        var contact = await get.LoadAsync(id, ct, tracked: true);
        if (contact.Archived == archived)
            return await get.DtoAsync(contact, ct);

        var current = ContactFields.Of(contact, await names.LoadAsync(id, ct));
        contact.Archived = archived;
        contact.Version++;
        contact.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await names.ReplaceAsync(contact, current.FormerNames, current.TradingNames, isNew: false, ct);
        audit.Record(archived ? AuditAction.ContactArchived : AuditAction.ContactUnarchived, "Contact", id);
        await db.SaveChangesAsync(ct);
        return await get.DtoAsync(contact, ct);
    }
}
