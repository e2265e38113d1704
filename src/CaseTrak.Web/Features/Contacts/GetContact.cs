using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

public sealed class GetContactHandler(AppDbContext db, TenantGuard guard, ContactNameIndex names)
{
    /// <summary>
    /// The contact with its names and methods in one round trip, as a compiled query: opening a contact is a hot
    /// read (PERFORMANCE.md scenario 3), and three queries built from expression trees cost more than running them.
    /// Query filters (tenant, barrier) still apply: they read the context they are given. A contact has a few
    /// names and methods, so the single query's names × methods rows stay small.
    /// </summary>
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<ContactWithDetails?>> FindContact =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Set<Contact>().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ContactWithDetails(
                c,
                db.Set<ContactName>().Where(n => n.ContactId == c.Id).OrderBy(n => n.Kind).ThenBy(n => n.Name).ToList(),
                db.Set<ContactMethod>().Where(m => m.ContactId == c.Id).OrderBy(m => m.Kind).ThenBy(m => m.Id).ToList()))
            .AsSingleQuery()
            .SingleOrDefault());

    /// <summary>The contact, or the same 404 a missing, foreign or barred id gets.</summary>
    public async Task<Contact> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var contacts = tracked ? db.Set<Contact>() : db.Set<Contact>().AsNoTracking();
        return await contacts.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw await guard.NotFoundAsync<Contact>(id, ct);
    }

    public async Task<ContactDto> HandleAsync(Guid id, CancellationToken ct)
    {
        var row = await FindContact(db, id, ct) ?? throw await guard.NotFoundAsync<Contact>(id, ct);
        return ContactDto.From(row.Contact, row.Names, row.Methods);
    }

    public async Task<ContactDto> DtoAsync(Contact contact, CancellationToken ct)
    {
        var methods = await db.Set<ContactMethod>().AsNoTracking().Where(m => m.ContactId == contact.Id)
            .OrderBy(m => m.Kind).ThenBy(m => m.Id).ToListAsync(ct);
        return ContactDto.From(contact, await names.LoadAsync(contact.Id, ct), methods);
    }

    private sealed record ContactWithDetails(Contact Contact, List<ContactName> Names, List<ContactMethod> Methods);
}
