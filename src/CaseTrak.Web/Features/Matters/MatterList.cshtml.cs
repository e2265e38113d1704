using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>The matters list: filters in the URL, newest activity first, 50 at a time.</summary>
public sealed class MatterListModel(ListMattersHandler list, PracticeAreasHandler areas, ListUsersHandler users, AppDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? FeeEarner { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<MatterListItem> Matters { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<PracticeAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public bool Filtered => Status is not null || FeeEarner is not null || Area is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Status is not null && !ApiEnums.TryParse<MatterStatus>(Status, out _))
            Status = null;
        Areas = await areas.ListAsync(ct);
        Users = (await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct)).Items;
        try
        {
            var page = await list.HandleAsync(new(Status, Q, null, FeeEarner, Area, PageSize, Cursor), ct);
            (Matters, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            // A mangled "Next 50" link: start again from the first page rather than show an error.
            return Redirect(Link(null));
        }
        Total = await CountAsync(ct);
        return Page();
    }

    /// <summary>This list's URL with the same filters, at another page.</summary>
    public string Link(string? cursor)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status, ["feeEarner"] = FeeEarner?.ToString(), ["area"] = Area?.ToString(), ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), ["cursor"] = cursor,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/matters", query.Where(p => p.Value is not null));
    }

    /// <summary>How many matters the filters match (the list pages through them 50 at a time); barred ones never count.</summary>
    private Task<int> CountAsync(CancellationToken ct)
    {
        var matters = db.Set<Matter>().AsNoTracking();
        if (Status is not null)
        {
            var status = ApiEnums.Parse<MatterStatus>(Status, "status");
            matters = matters.Where(m => m.Status == status);
        }
        if (FeeEarner is { } user)
            matters = matters.Where(m => m.ResponsibleUserId == user);
        if (Area is { } area)
            matters = matters.Where(m => m.PracticeAreaId == area);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var (lower, upper) = (Q.Trim().ToLowerInvariant(), Q.Trim().ToUpperInvariant());
            matters = matters.Where(m => m.Title.ToLower().Contains(lower) || m.Reference.StartsWith(upper));
        }
        return matters.CountAsync(ct);
    }
}
