using System.Linq.Expressions;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <param name="Q">Part of a name (current, former or trading), an email or a postcode.</param>
/// <param name="Archived">false or absent: contacts in use; true: the archived ones.</param>
public sealed record ListContactsQuery(string? Q = null, ContactKind? Kind = null, bool? Archived = null, int? Limit = null, string? Cursor = null);

/// <summary>Contacts by display name, keyset-paged on (display name, id).</summary>
public sealed class ListContactsHandler(AppDbContext db)
{
    /// <summary>
    /// The list as it first opens (no kind, text or cursor): compiled, because building and funcletizing the
    /// expression tree on every call cost more than running it (PERFORMANCE.md scenario 3). Same SQL as the
    /// general path below for that shape; keep the two in step.
    /// </summary>
    private static readonly Expression<Func<Contact, ContactRow>> ToRow = c => new ContactRow(c.Id, c.Kind, c.DisplayName, c.Email, c.Postcode, c.ClientCode, c.CddStatus, c.CddIdExpiresOn, c.Archived);

    private static readonly Func<AppDbContext, bool, int, IAsyncEnumerable<ContactRow>> FirstPage =
        EF.CompileAsyncQuery((AppDbContext db, bool archived, int take) => db.Set<Contact>().AsNoTracking()
            .Where(c => c.Archived == archived)
            .OrderBy(c => c.DisplayName).ThenBy(c => c.Id).Take(take)
            .Select(ToRow));

    public async Task<Page<ContactRow>> HandleAsync(ListContactsQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        if (query.Kind is null && string.IsNullOrWhiteSpace(query.Q) && string.IsNullOrEmpty(query.Cursor))
        {
            var page = await FirstPage(db, query.Archived ?? false, limit + 1).ToListAsync(ct);
            return Paging.From(page, limit, r => KeysetCursor.Format(r.DisplayName, r.Id));
        }
        var contacts = Filter(query);
        if (KeysetCursor.TryParse(query.Cursor, out string name, out var id))
            contacts = contacts.Where(c => c.DisplayName.CompareTo(name) > 0 || (c.DisplayName == name && c.Id.CompareTo(id) > 0));
        var rows = await contacts.OrderBy(c => c.DisplayName).ThenBy(c => c.Id).Take(limit + 1)
            .Select(ToRow)
            .ToListAsync(ct);
        return Paging.From(rows, limit, r => KeysetCursor.Format(r.DisplayName, r.Id));
    }

    /// <summary>How many contacts the filters match, for the list's count.</summary>
    public Task<int> CountAsync(ListContactsQuery query, CancellationToken ct) => Filter(query).CountAsync(ct);

    private IQueryable<Contact> Filter(ListContactsQuery query)
    {
        var archived = query.Archived ?? false;
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.Archived == archived);
        if (query.Kind is { } kind)
            contacts = contacts.Where(c => c.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            var upper = text.ToUpperInvariant();
            var normalised = NameNormaliser.Normalise(text);
            var postcode = UkPostcode.Normalise(text) ?? upper;
            var names = db.Set<ContactName>();
            contacts = contacts.Where(c =>
                (normalised != "" && names.Any(n => n.ContactId == c.Id && n.Normalised.Contains(normalised)))
                || c.DisplayName.ToUpper().Contains(upper)
                || (c.Email != null && c.Email.ToUpper().Contains(upper))
                || (c.Postcode != null && c.Postcode.StartsWith(postcode)));
        }
        return contacts;
    }
}
