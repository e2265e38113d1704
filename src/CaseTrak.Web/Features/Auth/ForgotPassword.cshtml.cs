using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTrak.Web.Features.Auth;

/// <summary>Asks for a reset link. The answer is the same whether or not the email is known.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ForgotPasswordModel(PasswordHandler passwords) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new ForgotPasswordRequest(Input.Email?.Trim() ?? "");
        Check(request);
        EnsureValid();
        await passwords.SendResetLinkAsync(request.Email, PublicUrl.Of(HttpContext), ct);
        return RedirectToPage(new { sent = true });
    });

    public sealed class InputModel
    {
        public string? Email { get; set; }
    }
}
