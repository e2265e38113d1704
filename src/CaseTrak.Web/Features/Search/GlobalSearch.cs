using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Search;

/// <param name="Type">"matter" or "contact" (documents join later).</param>
public sealed record SearchResult(string Type, Guid Id, string Title, string Snippet, string Url);

public sealed record SearchResults(IReadOnlyList<SearchResult> Items);

/// <summary>
/// The header search: matters by reference prefix, title or client name, and contacts by name or email.
/// It reads through the normal sets, so the tenant and barrier filters apply: a barred matter never appears.
/// </summary>
public sealed class GlobalSearchHandler(AppDbContext db)
{
    public const int PerType = 8;
    public const int MinLength = 2;
    public const int MaxLength = 100;

    public async Task<SearchResults> HandleAsync(string? q, CancellationToken ct)
    {
        var term = (q ?? "").Trim();
        if (term.Length < MinLength)
            return new([]);
        if (term.Length > MaxLength)
            term = term[..MaxLength];

        var items = new List<SearchResult>(PerType * 2);
        items.AddRange(await MattersAsync(term, ct));
        items.AddRange(await ContactsAsync(term, ct));
        return new(items);
    }

    private async Task<IEnumerable<SearchResult>> MattersAsync(string term, CancellationToken ct)
    {
        var upper = term.ToUpperInvariant();
        var lower = term.ToLowerInvariant();
        // Case-insensitive contains is enough at firm scale today; issue 4 moves this onto the trigram index.
        var rows = await (
                from m in db.Set<Matter>().AsNoTracking()
                join c in db.Set<Contact>() on m.ClientId equals c.Id
                where m.Reference.StartsWith(upper) || m.Title.ToLower().Contains(lower) || c.DisplayName.ToLower().Contains(lower)
                orderby m.Reference.StartsWith(upper) descending, m.LastActivityAt descending, m.Id
                select new { m.Id, m.Reference, m.Title, m.Status, Client = c.DisplayName })
            .Take(PerType)
            .ToListAsync(ct);
        return rows.Select(m => new SearchResult("matter", m.Id, $"{m.Reference} — {m.Title}",
            $"{m.Client} · {StatusWord(m.Status)}", $"/matters/{m.Id}"));
    }

    private async Task<IEnumerable<SearchResult>> ContactsAsync(string term, CancellationToken ct)
    {
        var lower = term.ToLowerInvariant();
        var rows = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.DisplayName.ToLower().Contains(lower) || (c.Email != null && c.Email.ToLower().Contains(lower)))
            .OrderBy(c => c.Archived).ThenBy(c => c.DisplayName).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.DisplayName, c.Kind, c.Email, c.Postcode, c.ClientCode, c.Archived })
            .Take(PerType)
            .ToListAsync(ct);
        return rows.Select(c => new SearchResult("contact", c.Id, c.DisplayName,
            Snippet(c.Kind == ContactKind.Organisation ? "Organisation" : "Person", c.ClientCode is null ? null : $"client {c.ClientCode}",
                c.Email, c.Postcode, c.Archived ? "archived" : null),
            $"/contacts/{c.Id}"));
    }

    private static string Snippet(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Status words the same everywhere (UI.md).</summary>
    public static string StatusWord(MatterStatus status) => status switch
    {
        MatterStatus.OnHold => "On hold",
        _ => status.ToString(),
    };
}
