using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Deletes a contact nobody refers to (a contact added by mistake). Anything that refers to it — a matter,
/// a party, a conflict check, a relationship, a due-diligence record — means it must be archived instead:
/// those records must keep pointing at it.
/// </summary>
public sealed class DeleteContactHandler(AppDbContext db, GetContactHandler get, ContactNameIndex names, AuditLog audit, IServiceProvider services)
{
    public const string ReferencedCode = "contact.referenced";

    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var contact = await get.LoadAsync(id, ct, tracked: true);
        if (await IsReferencedAsync(id, ct))
            throw Referenced(contact);

        await names.RemoveAsync(id, ct);
        db.RemoveRange(await db.Set<ContactMethod>().Where(m => m.ContactId == id).ToListAsync(ct));
        db.RemoveRange(await db.Set<ContactNote>().Where(n => n.ContactId == id).ToListAsync(ct));
        db.Remove(contact);
        audit.Record(AuditAction.ContactDeleted, "Contact", id, details: new { kind = ApiNames.Of(contact.Kind) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A reference the checks above cannot see (a party on a matter behind a barrier, a conflict
            // check): the database's foreign keys refuse the delete, and the answer is the same.
            db.ChangeTracker.Clear();
            throw Referenced(contact);
        }
    }

    private async Task<bool> IsReferencedAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<ContactRelationship>().AnyAsync(r => r.FromContactId == id || r.ToContactId == id, ct)
            || await db.Set<DueDiligenceRecord>().AnyAsync(r => r.ContactId == id, ct)
            || await db.Set<BeneficialOwner>().AnyAsync(o => o.ContactId == id, ct))
            return true;
        // The matters module answers for its own tables; until it is registered, the foreign keys still guard.
        return services.GetService<IMatterDirectory>() is { } matters && (await matters.ForClientAsync(id, ct)).Count > 0;
    }

    private static ConflictException Referenced(Contact contact) => new(ReferencedCode,
        $"{contact.DisplayName} is used elsewhere in CaseTrak (on a matter, a conflict check, a relationship or due-diligence records), so it cannot be deleted. Archive it instead.");
}
