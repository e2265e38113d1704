using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A partner or admin writes off a matter's unbilled work, with the reason, so it can close without a bill.</summary>
[Authorize(Roles = $"{RoleNames.Owner},{RoleNames.Admin},{RoleNames.Partner}")]
public sealed class WriteOffWipPageModel(GetMatterHandler matters, WipQueries wip, WriteOffWipHandler writeOff) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public MatterDto Matter { get; private set; } = null!;
    public long TimeValueMinor { get; private set; }
    public int TimeCount { get; private set; }
    public long DisbursementsMinor { get; private set; }
    public int DisbursementCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new WriteOffWipRequest(Input.Reason ?? "");
        Check(request);
        EnsureValid();
        var done = await writeOff.HandleAsync(Id, request, ct);
        Flash($"{BillingDisplay.Money(done.ValueMinor)} of unbilled work written off");
        return Redirect($"/matters/{Id}/close");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Matter = await matters.HandleAsync(Id, ct);
        var time = (await wip.UnbilledTimeAsync(Id, ct)).Where(t => t.Billability != Billability.NonBillable).ToList();
        var disbursements = await wip.UnbilledDisbursementsAsync(Id, ct);
        (TimeCount, TimeValueMinor) = (time.Count, time.Sum(t => t.ValueMinor));
        (DisbursementCount, DisbursementsMinor) = (disbursements.Count, disbursements.Sum(d => d.AmountMinor));
    }

    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }
}
