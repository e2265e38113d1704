using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Firms;

[Authorize(Policy = Policies.FirmAdmin)]
public sealed class NewUserModel(CreateUserHandler create, CurrentUser me) : AppPageModel
{
    public const string Invite = "invite";
    public const string SetPassword = "password";
    public const string InvitationUrlKey = "InvitationUrl";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool MayGrantOwner { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var byPassword = Input.Access == SetPassword;
        var request = new CreateUserRequest(Input.Email?.Trim() ?? "", Input.DisplayName?.Trim() ?? "", Input.Roles, Input.Duties,
            byPassword ? Input.Password : null);
        Check(request);
        if (Input.Roles.Length == 0)
            ModelState.AddModelError("Input.Roles", "Choose at least one role.");
        if (byPassword && string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter an initial password, or choose to send an invitation instead.");
        EnsureValid();

        var created = await create.HandleAsync(request, await me.LoadAsync(ct), PublicUrl.Of(HttpContext), ct);
        Flash($"User {created.User.DisplayName} added");
        if (created.InvitationUrl is not null)
            TempData[InvitationUrlKey] = created.InvitationUrl;
        return RedirectToPage("/Firms/UserDetails", new { id = created.User.Id });
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) =>
        MayGrantOwner = (await me.LoadAsync(ct)).Roles.HasFlag(UserRoles.Owner);

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string[] Roles { get; set; } = [];
        public string[] Duties { get; set; } = [];
        public string Access { get; set; } = Invite;
        public string? Password { get; set; }
    }
}
