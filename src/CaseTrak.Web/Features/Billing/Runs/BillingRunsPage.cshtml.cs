using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Runs billing for many matters at once (a draft bill per matter with unbilled work up to a day) and shows what
/// the run drafted and skipped. The run happens within the request (there is no background-job platform yet); the
/// form shows a progress indicator while it works.
/// </summary>
[Authorize(Roles = $"{RoleNames.Owner},{RoleNames.Admin},{RoleNames.Partner}")]
public sealed class BillingRunsPageModel(RunBillingHandler run, PracticeAreasHandler areas, ListUsersHandler users, TimeProvider clock) : AppPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillingRunResult? Result { get; private set; }
    public IReadOnlyList<PracticeAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.UpTo = BillingDisplay.Today(clock);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new BillingRunRequest(Input.UpTo, Input.FeeEarnerId, Input.PracticeAreaId);
        Check(request);
        EnsureValid();
        Result = await run.HandleAsync(request, ct);
        await LoadAsync(ct);
        return Page();
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Areas = await areas.ListAsync(ct);
        Users = (await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct)).Items;
    }

    public static string Reason(string code) => code switch
    {
        "fixedFee" => "Fixed fee: bill its stages by hand",
        "draftExists" => "Already has a draft bill",
        _ => "Nothing left to bill",
    };

    public sealed class InputModel
    {
        public DateOnly? UpTo { get; set; }
        public Guid? FeeEarnerId { get; set; }
        public Guid? PracticeAreaId { get; set; }
    }
}
