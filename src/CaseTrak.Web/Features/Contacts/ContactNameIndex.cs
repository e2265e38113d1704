using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Keeps a contact's searchable names (contact_names) and their trigrams (name_trigrams) in step with the
/// contact. The caller saves, so the rows change in the same transaction as the contact itself.
/// </summary>
public sealed class ContactNameIndex(AppDbContext db)
{
    public Task<List<ContactName>> LoadAsync(Guid contactId, CancellationToken ct) =>
        db.Set<ContactName>().AsNoTracking().Where(n => n.ContactId == contactId).OrderBy(n => n.Kind).ThenBy(n => n.Name).ToListAsync(ct);

    /// <summary>Drops the old rows and adds the current display name, the former and the trading names.</summary>
    public async Task ReplaceAsync(Contact contact, IEnumerable<string> formerNames, IEnumerable<string> tradingNames, bool isNew, CancellationToken ct)
    {
        if (!isNew)
            await RemoveAsync(contact.Id, ct);
        var names = new[] { (ContactNameKind.Current, contact.DisplayName) }
            .Concat(formerNames.Select(n => (ContactNameKind.Former, n)))
            .Concat(tradingNames.Select(n => (ContactNameKind.Trading, n)))
            .Where(n => !string.IsNullOrWhiteSpace(n.Item2))
            .DistinctBy(n => (n.Item1, n.Item2.ToUpperInvariant()));
        foreach (var (kind, name) in names)
        {
            var normalised = NameNormaliser.Normalise(name);
            var row = new ContactName { ContactId = contact.Id, Kind = kind, Name = name, Normalised = Truncate(normalised, 200) };
            db.Add(row);
            foreach (var trigram in Trigrams.Of(normalised))
                db.Add(new NameTrigram { NameId = row.Id, Trigram = trigram });
        }
    }

    public async Task RemoveAsync(Guid contactId, CancellationToken ct)
    {
        var old = await db.Set<ContactName>().Where(n => n.ContactId == contactId).ToListAsync(ct);
        var ids = old.Select(n => n.Id).ToList();
        db.RemoveRange(await db.Set<NameTrigram>().Where(t => ids.Contains(t.NameId)).ToListAsync(ct));
        db.RemoveRange(old);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
