using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTrak.Web.Features.Auth;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInHandler signIn, SignInManager<AppUser> manager) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Enter your email address.");
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter your password.");
        if (!ModelState.IsValid)
            return Page();

        var attempt = await signIn.CheckPasswordAsync(Input.Email!, Input.Password!, ct);
        switch (attempt.Outcome)
        {
            case SignInOutcome.TwoFactorRequired:
                await SignInHandler.BeginTwoFactorAsync(HttpContext, attempt.User!);
                return RedirectToPage("/Auth/SignInTwoFactor", new { returnUrl = ReturnUrls.Safe(Url, ReturnUrl) });
            case SignInOutcome.Success:
                await manager.SignInAsync(attempt.User!, isPersistent: false);
                await signIn.CompleteAsync(attempt.User!, "web", ct);
                return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
            default:
                ModelState.AddModelError("", SignInHandler.WrongCredentials);
                return Page();
        }
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
