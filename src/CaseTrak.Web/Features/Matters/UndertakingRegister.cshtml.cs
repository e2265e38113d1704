using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// The firm's undertakings register (SRA Code 1.3): open ones by default, soonest due first, so overdue ones
/// lead; the barrier filter leaves out matters the user may not see.
/// </summary>
public sealed class UndertakingRegisterModel(UndertakingsHandler undertakings) : AppPageModel
{
    public const int PageSize = 50;
    public const string All = "all";

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<UndertakingDto> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public string Chosen => Status ?? "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Status is not null && Status != All && !ApiEnums.TryParse<UndertakingStatus>(Status, out _))
            Status = null;
        try
        {
            var page = await undertakings.ListAsync(new(Chosen == All ? null : Chosen, null, null, PageSize, Cursor), ct);
            (Items, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            return Redirect(Link(null));
        }
        return Page();
    }

    public string Link(string? cursor) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/undertakings",
            new Dictionary<string, string?> { ["status"] = Status, ["cursor"] = cursor }.Where(p => p.Value is not null));
}
