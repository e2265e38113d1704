using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTrak.Web.Features.Auth;

/// <summary>The second step of signing in: the password step left a short-lived two-factor cookie.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInTwoFactorModel(SignInHandler signIn, SignInManager<AppUser> manager) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await signIn.FindTwoFactorUserAsync(HttpContext, ct) is null ? StartAgain() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await signIn.FindTwoFactorUserAsync(HttpContext, ct);
        if (user is null)
            return StartAgain();
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", "Enter the 6-digit code from your authenticator app, or a recovery code.");
            return Page();
        }
        if (!await signIn.CheckSecondFactorAsync(user, Input.Code, ct))
        {
            Input.Code = null;
            ModelState.AddModelError("Input.Code", "That code is not right. Enter the code your authenticator app shows now, or an unused recovery code.");
            return Page();
        }

        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await manager.SignInAsync(user, isPersistent: false);
        await signIn.CompleteAsync(user, "web", ct);
        return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
    }

    private IActionResult StartAgain()
    {
        Flash("Your sign-in timed out. Enter your email address and password again.");
        return RedirectToPage("/Auth/SignIn", new { returnUrl = ReturnUrls.Safe(Url, ReturnUrl) });
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }
}
