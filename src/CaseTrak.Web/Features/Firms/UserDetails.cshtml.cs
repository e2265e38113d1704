using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Firms;

/// <summary>
/// One user: details, name and roles, and disabling through a confirmation step. The form carries the
/// user's ConcurrencyStamp, so saving over someone else's change is refused instead of lost.
/// </summary>
[Authorize(Policy = Policies.FirmAdmin)]
public sealed class UserDetailsModel(GetUserHandler get, UpdateUserHandler update, CurrentUser me) : AppPageModel
{
    public const string ConfirmDisable = "disable";
    public const string ConfirmEnable = "enable";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>"disable" or "enable" shows the confirmation step instead of the form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public UserDto Person { get; private set; } = null!;
    public bool IsMe { get; private set; }
    public bool MayGrantOwner { get; private set; }
    public string? InvitationUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct, fillForm: true);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        InvitationUrl = TempData[NewUserModel.InvitationUrlKey] as string;
        if (Confirm is not (ConfirmDisable or ConfirmEnable) || (Confirm == ConfirmDisable) == Person.Disabled || (IsMe && Confirm == ConfirmDisable))
            Confirm = null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(Input.DisplayName))
            ModelState.AddModelError("Input.DisplayName", "Enter the person's name.");
        if (Input.Roles.Length == 0)
            ModelState.AddModelError("Input.Roles", "Choose at least one role.");
        var request = new UpdateUserRequest(Input.DisplayName, Input.Roles, Input.Duties, null);
        Check(request);
        EnsureValid();
        var saved = await update.HandleAsync(Id, request, await me.LoadAsync(ct), CheckVersion, ct);
        Flash($"Changes to {saved.DisplayName} saved");
        return RedirectToPage(new { id = Id });
    }, () => LoadAsync(ct, fillForm: false));

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => SetDisabledAsync(true, ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => SetDisabledAsync(false, ct);

    private Task<IActionResult> SetDisabledAsync(bool disabled, CancellationToken ct) => SubmitAsync(async () =>
    {
        var saved = await update.HandleAsync(Id, new UpdateUserRequest(null, null, null, disabled), await me.LoadAsync(ct), CheckVersion, ct);
        Flash(disabled ? $"{saved.DisplayName} disabled and signed out everywhere" : $"{saved.DisplayName} re-enabled");
        return RedirectToPage(new { id = Id });
    }, () => LoadAsync(ct, fillForm: true));

    private Task CheckVersion(AppUser user) => user.ConcurrencyStamp == Input.Version
        ? Task.CompletedTask
        : throw new PreconditionException(412, "This user was changed since you loaded the page.");

    private async Task LoadAsync(CancellationToken ct, bool fillForm)
    {
        var user = await get.LoadAsync(Id, ct);
        Person = UserDto.From(user);
        var actor = await me.LoadAsync(ct);
        IsMe = actor.Id == user.Id;
        MayGrantOwner = actor.Roles.HasFlag(UserRoles.Owner);
        if (!fillForm)
            return;
        Input = new()
        {
            DisplayName = user.DisplayName,
            Roles = RoleNames.All.Where(r => user.Roles.HasFlag(r)).Select(r => r.ToString()).ToArray(),
            Duties = RoleNames.AllDuties.Where(d => user.Duties.HasFlag(d)).Select(d => d.ToString()).ToArray(),
            Version = user.ConcurrencyStamp,
        };
    }

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public string[] Roles { get; set; } = [];
        public string[] Duties { get; set; } = [];
        public string? Version { get; set; }
    }
}
