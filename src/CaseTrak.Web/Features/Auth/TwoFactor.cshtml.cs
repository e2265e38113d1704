using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Auth;

/// <summary>Turn the authenticator on (QR, key, confirming code), make new recovery codes, or turn it off.</summary>
public sealed class TwoFactorModel(CurrentUser me, TwoFactorSetupHandler twoFactor, SignInManager<AppUser> manager) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TwoFactorStatus Status { get; private set; } = null!;

    /// <summary>Set only in the response that made them: recovery codes are shown once.</summary>
    public IReadOnlyList<string>? NewCodes { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var user = await me.LoadTrackedAsync(ct);
        var codes = await twoFactor.EnableAsync(user, Input.Code ?? "", ct);
        // The new cookie drops the "must set up two-factor" marker, so the rest of CaseTrak opens up.
        await manager.RefreshSignInAsync(user);
        return await ShowCodesAsync(codes, "Two-factor sign-in is now on.", ct);
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var codes = await twoFactor.RegenerateRecoveryCodesAsync(await me.LoadTrackedAsync(ct), ct);
        return await ShowCodesAsync(codes, "You have new recovery codes. The old ones no longer work.", ct);
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var user = await me.LoadTrackedAsync(ct);
        await twoFactor.DisableAsync(user, ct);
        await manager.RefreshSignInAsync(user);
        Flash("Two-factor sign-in is now off.");
        return RedirectToPage();
    }, () => LoadAsync(ct));

    private async Task<IActionResult> ShowCodesAsync(RecoveryCodes codes, string message, CancellationToken ct)
    {
        NewCodes = codes.Codes;
        TempData[FlashKey] = message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Status = await twoFactor.GetAsync(await me.LoadTrackedAsync(ct));
        Input.Code = null;
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }
}
