using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

public sealed class GetContactHandler(AppDbContext db, TenantGuard guard, ContactNameIndex names)
{
    /// <summary>The contact, or the same 404 a missing, foreign or barred id gets.</summary>
    public async Task<Contact> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var contacts = tracked ? db.Set<Contact>() : db.Set<Contact>().AsNoTracking();
        return await contacts.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw await guard.NotFoundAsync<Contact>(id, ct);
    }

    public async Task<ContactDto> HandleAsync(Guid id, CancellationToken ct) => await DtoAsync(await LoadAsync(id, ct), ct);

    public async Task<ContactDto> DtoAsync(Contact contact, CancellationToken ct)
    {
        var methods = await db.Set<ContactMethod>().AsNoTracking().Where(m => m.ContactId == contact.Id)
            .OrderBy(m => m.Kind).ThenBy(m => m.Id).ToListAsync(ct);
        return ContactDto.From(contact, await names.LoadAsync(contact.Id, ct), methods);
    }
}
