using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTrak.Web.Features.Auth;

/// <summary>
/// Choosing a password from an emailed link. Serves both /account/reset-password and
/// /account/accept-invitation: an invitation is a reset link for someone who has no password yet.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetPasswordModel(PasswordHandler passwords) : AppPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsInvitation => Request.Path.StartsWithSegments("/account/accept-invitation");

    public bool LinkBroken { get; private set; }

    public void OnGet() => LinkBroken = UserId is null || string.IsNullOrEmpty(Token);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (UserId is not { } userId || string.IsNullOrEmpty(Token))
        {
            LinkBroken = true;
            return Page();
        }
        var request = new ResetPasswordRequest(userId, Token, Input.NewPassword ?? "");
        Check(request);
        EnsureValid();
        try
        {
            await passwords.ResetAsync(request, ct);
        }
        catch (DomainRuleException e) when (e.Code == "auth.reset_link_invalid")
        {
            LinkBroken = true;
            return Page();
        }
        Flash(IsInvitation ? "Your password is set. Sign in to start using CaseTrak." : "Your password has been changed. Sign in with your new password.");
        return RedirectToPage("/Auth/SignIn");
    });

    public sealed class InputModel
    {
        public string? NewPassword { get; set; }
    }
}
