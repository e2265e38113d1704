using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// The information barrier (SRA Code 6.3–6.5): restricted or not, and who is inside. Only the COLP or a
/// Partner on the matter reaches this tab; the handler checks again.
/// </summary>
public sealed class MatterAccessTabModel(GetMatterHandler get, CurrentUser me, SetMatterAccessHandler access, ListUsersHandler users)
    : MatterPageModel(get, me)
{
    private readonly CurrentUser current = me;

    public override string Tab => "access";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public Guid Me => current.Id;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MaySetAccess)
            return Forbid();
        var now = await access.GetAsync(Id, ct);
        Input = new() { Restricted = now.Restricted, UserIds = now.Users.Select(u => u.Id).ToArray(), Version = Matter.Version };
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var saved = await access.HandleAsync(Id, new SetMatterAccessRequest(Input.Restricted, Input.UserIds), Input.Version, ct);
        return BackToTab(saved.Restricted
            ? $"Access to {Matter.Reference} restricted to {saved.Users.Count} {(saved.Users.Count == 1 ? "person" : "people")} and the COLP"
            : $"{Matter.Reference} is open to everyone in the firm again");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) =>
        Users = (await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct)).Items;

    public sealed class InputModel
    {
        public bool Restricted { get; set; }
        public Guid[] UserIds { get; set; } = [];
        /// <summary>The matter version the form was drawn from: a change in between is refused, not overwritten.</summary>
        public int? Version { get; set; }
    }
}
