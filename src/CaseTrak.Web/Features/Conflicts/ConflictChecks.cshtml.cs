using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>The firm's conflict-check history, newest first, filtered by decision.</summary>
public sealed class ConflictChecksModel(ListConflictChecksHandler list, AppDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Decision { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<ConflictCheckRow> Checks { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public int Total { get; private set; }
    public ConflictDecision? Filter { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Decision) && !ApiEnums.TryParse<ConflictDecision>(Decision, out _))
            return RedirectToPage();
        Filter = ApiEnums.ParseOptional<ConflictDecision>(Decision, "decision");
        var checks = db.Set<ConflictCheck>().AsQueryable();
        Total = Filter is { } f ? await checks.CountAsync(c => c.Decision == f, ct) : await checks.CountAsync(ct);
        try
        {
            var page = await list.HandleAsync(new(Decision, null, PageSize, Cursor), ct);
            (Checks, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            // A mangled "Next 50" link: start again from the first page rather than show an error.
            return RedirectToPage(new { decision = Decision });
        }
        return Page();
    }

    public string PageUrl(string? cursor) =>
        "/conflicts" + QueryString.Create(new Dictionary<string, string?> { ["decision"] = Filter is { } f ? ApiEnums.Name(f) : null, ["cursor"] = cursor }
            .Where(p => p.Value is not null));
}
