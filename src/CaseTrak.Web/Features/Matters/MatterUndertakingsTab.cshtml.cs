using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// The matter's undertakings: give one (exact words, to whom, due when), and discharge one through a
/// confirmation step that records the evidence (SRA Code 1.3).
/// </summary>
public sealed class MatterUndertakingsTabModel(GetMatterHandler get, CurrentUser me, UndertakingsHandler undertakings,
    DischargeUndertakingHandler discharge, ListUsersHandler users) : MatterPageModel(get, me)
{
    private readonly CurrentUser current = me;

    public override string Tab => "undertakings";

    /// <summary>The undertaking being discharged: shows the confirmation step instead of the register.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Discharge { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<UndertakingDto> Undertakings { get; private set; } = [];
    public UndertakingDto? Discharging { get; private set; }
    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public DateOnly Today => undertakings.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.GivenByUserId = current.Id;
        Input.DischargedOn = Today;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(Input.GivenTo))
            ModelState.AddModelError("Input.GivenTo", "Enter who the undertaking was given to.");
        if (string.IsNullOrWhiteSpace(Input.Wording))
            ModelState.AddModelError("Input.Wording", "Enter the exact wording of the undertaking.");
        if (Input.DueOn is null)
            ModelState.AddModelError("Input.DueOn", "Enter the date the undertaking must be met by.");
        EnsureValid();
        await undertakings.GiveAsync(new GiveUndertakingRequest(Id, Input.GivenByUserId ?? current.Id, Input.GivenTo!, Input.Wording!, Input.DueOn), ct);
        return BackToTab($"Undertaking to {Input.GivenTo!.Trim()} recorded");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDischargeAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (Discharge is not { } undertakingId || !(await undertakings.ListAsync(new(MatterId: Id, Limit: 200), ct)).Items.Any(u => u.Id == undertakingId))
            return NotFound();
        var done = await discharge.HandleAsync(undertakingId, new DischargeUndertakingRequest(Input.DischargedOn, Input.Evidence), ct);
        Flash($"Undertaking to {done.GivenTo} discharged");
        return Redirect($"/matters/{Id}/undertakings");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Undertakings = (await undertakings.ListAsync(new(MatterId: Id, Limit: 200), ct)).Items;
        Discharging = Discharge is { } d ? Undertakings.FirstOrDefault(u => u.Id == d && u.Status == UndertakingStatus.Open) : null;
        Users = (await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct)).Items;
    }

    public sealed class InputModel
    {
        public Guid? GivenByUserId { get; set; }
        public string? GivenTo { get; set; }
        public string? Wording { get; set; }
        public DateOnly? DueOn { get; set; }
        public DateOnly? DischargedOn { get; set; }
        public string? Evidence { get; set; }
    }
}
