using System.Globalization;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

internal sealed class ContactDirectory(AppDbContext db, FirmCounters counters, AuditLog audit) : IContactDirectory
{
    public Task<ContactSummary?> FindAsync(Guid contactId, CancellationToken ct) =>
        db.Set<Contact>().AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new ContactSummary(c.Id, c.Kind, c.DisplayName, c.ClientCode, c.CddStatus, c.Archived))
            .SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, ContactSummary>> FindManyAsync(IEnumerable<Guid> contactIds, CancellationToken ct)
    {
        var ids = contactIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<Guid, ContactSummary>();
        return await db.Set<Contact>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ContactSummary(c.Id, c.Kind, c.DisplayName, c.ClientCode, c.CddStatus, c.Archived))
            .ToDictionaryAsync(c => c.Id, ct);
    }

    /// <summary>
    /// "SMIT01": the first four letters of the surname (or the organisation's name), padded with X, and the
    /// next number for those letters from a firm counter, so parallel openings queue instead of colliding.
    /// The code is written straight away, leaving the caller's other pending changes alone.
    /// </summary>
    public async Task<string> EnsureClientCodeAsync(Guid contactId, CancellationToken ct)
    {
        var contact = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.Kind, c.LastName, c.FirstName, c.Name, c.DisplayName, c.ClientCode }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Contact));
        if (contact.ClientCode is { } existing)
            return existing;

        var prefix = Prefix(contact.Kind == ContactKind.Organisation ? contact.Name : contact.LastName ?? contact.FirstName ?? contact.DisplayName);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            string code;
            do
                code = prefix + (await counters.NextAsync($"client-code:{prefix}", ct)).ToString("00", CultureInfo.InvariantCulture);
            while (await db.Set<Contact>().AnyAsync(c => c.ClientCode == code, ct));

            await db.Set<Contact>().Where(c => c.Id == contactId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientCode, code), ct);
            if (db.ChangeTracker.Entries<Contact>().FirstOrDefault(e => e.Entity.Id == contactId) is { } tracked)
            {
                tracked.Entity.ClientCode = code;
                tracked.Property(c => c.ClientCode).OriginalValue = code;
            }
            audit.Record(AuditAction.ClientCodeAssigned, "Contact", contactId, details: new { fields = new[] { "clientCode" } });
            if (own is not null)
            {
                await db.SaveChangesAsync(ct);
                await own.CommitAsync(ct);
            }
            return code;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>"O'Brien" → "OBRI", "Ng" → "NGXX", "Åsa" → "ASAX": ASCII letters only, from the normalised name.</summary>
    internal static string Prefix(string? name)
    {
        var letters = string.Concat(NameNormaliser.Normalise(name).Where(char.IsAsciiLetter)).ToUpperInvariant();
        return (letters.Length >= 4 ? letters[..4] : letters.PadRight(4, 'X'));
    }
}
