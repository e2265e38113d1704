using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Auth;

/// <summary>Who you are in CaseTrak, changing your password, and ending every session at once.</summary>
public sealed class ProfileModel(CurrentUser me, PasswordHandler passwords, SignInManager<AppUser> manager) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public UserDto Me { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new ChangePasswordRequest(Input.CurrentPassword ?? "", Input.NewPassword ?? "");
        Check(request);
        EnsureValid();
        var user = await me.LoadTrackedAsync(ct);
        await passwords.ChangeAsync(user, request, ct);
        // The password change ended every session, this one included; give this browser a fresh cookie.
        await manager.RefreshSignInAsync(user);
        Flash("Your password has been changed. You have been signed out everywhere else.");
        return RedirectToPage();
    }, () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        await passwords.SignOutEverywhereAsync(await me.LoadTrackedAsync(ct), ct);
        await manager.SignOutAsync();
        Flash("You have been signed out on every device, including this one.");
        return RedirectToPage("/Auth/SignIn");
    }

    private async Task LoadAsync(CancellationToken ct) => Me = UserDto.From(await me.LoadAsync(ct));

    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
    }
}
