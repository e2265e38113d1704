using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>The firm's contacts: filter in the URL, count, keyset "Next 50".</summary>
public sealed class ContactsModel(ListContactsHandler list) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"person", "organisation", or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public int Total { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || KindFilter is not null;

    public ContactKind? KindFilter => Kind switch
    {
        "person" => ContactKind.Person,
        "organisation" => ContactKind.Organisation,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = new ListContactsQuery(Q, KindFilter, Archived, PageSize, Cursor);
        Total = await list.CountAsync(query, ct);
        try
        {
            var page = await list.HandleAsync(query, ct);
            (Contacts, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            // A mangled "Next 50" link: start again from the first page rather than show an error.
            return RedirectToPage(new { q = Q, kind = Kind, archived = Archived ? "true" : null });
        }
        return Page();
    }

    /// <summary>This list's URL with the current filters and the given cursor.</summary>
    public string ListUrl(string? cursor = null, bool? archived = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q))
            parts.Add($"q={Uri.EscapeDataString(Q)}");
        if (KindFilter is not null)
            parts.Add($"kind={Kind}");
        if (archived ?? Archived)
            parts.Add("archived=true");
        if (cursor is not null)
            parts.Add($"cursor={Uri.EscapeDataString(cursor)}");
        return parts.Count == 0 ? "/contacts" : "/contacts?" + string.Join('&', parts);
    }
}
