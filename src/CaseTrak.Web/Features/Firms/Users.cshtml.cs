using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

[Authorize(Policy = Policies.FirmAdmin)]
public sealed class UsersModel(ListUsersHandler list, AppDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public int FirmTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        FirmTotal = await db.Users.CountAsync(ct);
        try
        {
            var page = await list.HandleAsync(new(Q, IncludeDisabled: true, PageSize, Cursor), ct);
            (Users, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            // A mangled "Next 50" link: start again from the first page rather than show an error.
            return RedirectToPage(new { q = Q });
        }
        return Page();
    }
}
