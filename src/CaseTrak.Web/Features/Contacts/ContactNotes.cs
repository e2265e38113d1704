using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

public sealed record AddContactNoteRequest([property: Required(ErrorMessage = "Enter the note."), MaxLength(8000)] string Body);

public sealed record ContactNoteDto(Guid Id, string Body, Guid AuthorId, string AuthorName, DateTime CreatedAt);

/// <summary>Notes on a contact, newest first. A note is never edited: add another.</summary>
public sealed class ContactNotesHandler(AppDbContext db, GetContactHandler get, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<ContactNoteDto>> ListAsync(Guid contactId, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var users = db.Users;
        return await db.Set<ContactNote>().AsNoTracking().Where(n => n.ContactId == contactId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new ContactNoteDto(n.Id, n.Body, n.AuthorId,
                users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", n.CreatedAt))
            .Take(200).ToListAsync(ct);
    }

    public async Task<ContactNoteDto> AddAsync(Guid contactId, AddContactNoteRequest request, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var body = ContactRules.Blank(request.Body)
            ?? throw new Platform.Errors.RequestValidationException("body", "Enter the note.");
        var author = Platform.Security.UserClaims.UserId(http.HttpContext!.User);
        var note = new ContactNote { ContactId = contactId, Body = body, AuthorId = author, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(note);
        audit.Record(AuditAction.ContactNoteAdded, "Contact", contactId, details: new { noteId = note.Id });
        await db.SaveChangesAsync(ct);
        var name = await db.Users.Where(u => u.Id == author).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        return new(note.Id, note.Body, author, name, note.CreatedAt);
    }
}
