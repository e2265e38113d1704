using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Search;

/// <summary>What the header search box submits to without JavaScript: the same results as its dropdown.</summary>
public sealed class SearchResultsModel(GlobalSearchHandler search) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<SearchResult> Matters { get; private set; } = [];
    public IReadOnlyList<SearchResult> Contacts { get; private set; } = [];
    public bool TooShort { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var term = Q?.Trim() ?? "";
        TooShort = term.Length < GlobalSearchHandler.MinLength;
        var results = await search.HandleAsync(term, ct);
        Matters = results.Items.Where(i => i.Type == "matter").ToList();
        Contacts = results.Items.Where(i => i.Type == "contact").ToList();
    }
}
