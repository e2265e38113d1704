using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Auth;

/// <summary>Signing out changes state, so it is a POST with an antiforgery token; GET only offers the button.</summary>
public sealed class SignOutModel(SignInManager<AppUser> manager, AuditLog audit, AppDbContext db) : AppPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        audit.Record(AuditAction.SignedOut, "User", User.UserId());
        await db.SaveChangesAsync(ct);
        await manager.SignOutAsync();
        Flash("You have signed out.");
        return RedirectToPage("/Auth/SignIn");
    }
}
