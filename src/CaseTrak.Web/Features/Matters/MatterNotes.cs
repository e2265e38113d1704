using CaseTrak.Web.Features.Firms;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record MatterNoteDto(Guid Id, string Body, Guid AuthorId, string AuthorName, DateTime CreatedAt);

public sealed record AddNoteRequest([property: Required(ErrorMessage = "Enter the note."), MaxLength(8000)] string Body);

/// <summary>File notes on a matter, newest first; a note is never edited (it is a record of what happened).</summary>
public sealed class MatterNotesHandler(AppDbContext db, GetMatterHandler get, Firms.CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Page<MatterNoteDto>> ListAsync(Guid matterId, int? limit, string? cursor, CancellationToken ct)
    {
        await get.LoadAsync(matterId, ct);
        var take = Paging.Clamp(limit);
        var notes = db.Set<MatterNote>().AsNoTracking().Where(n => n.MatterId == matterId);
        if (KeysetCursor.TryParse(cursor, out DateTime at, out var id))
            notes = notes.Where(n => n.CreatedAt < at || (n.CreatedAt == at && n.Id.CompareTo(id) < 0));
        var rows = await notes.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take + 1).ToListAsync(ct);
        var names = await UserNames.OfAsync(db, rows.Select(n => n.AuthorId), ct);
        return Paging.From(rows.Select(n => new MatterNoteDto(n.Id, n.Body, n.AuthorId, names.GetValueOrDefault(n.AuthorId, ""), n.CreatedAt)).ToList(),
            take, n => KeysetCursor.Format(n.CreatedAt, n.Id));
    }

    public async Task<MatterNoteDto> AddAsync(Guid matterId, AddNoteRequest request, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        if (string.IsNullOrWhiteSpace(request.Body))
            throw new RequestValidationException("body", "Enter the note.");
        var now = clock.GetUtcNow().UtcDateTime;
        var note = new MatterNote { MatterId = matterId, Body = request.Body.Trim(), AuthorId = me.Id, CreatedAt = now };
        db.Add(note);
        matter.LastActivityAt = now;
        audit.Record(AuditAction.MatterNoteAdded, "Matter", matterId, details: new { noteId = note.Id });
        await db.SaveChangesAsync(ct);
        var author = await UserNames.OfAsync(db, [me.Id], ct);
        return new(note.Id, note.Body, note.AuthorId, author.GetValueOrDefault(me.Id, ""), note.CreatedAt);
    }
}
