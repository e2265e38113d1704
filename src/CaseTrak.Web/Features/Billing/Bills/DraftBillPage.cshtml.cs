using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>"Draft a bill" from a matter: its unbilled time, disbursements and fixed-fee stages, each ticked to go on the draft.</summary>
public sealed class DraftBillPageModel(GetMatterHandler matters, WipQueries wip, FeeArrangementHandler arrangements, BillWork work, DraftBillHandler draft)
    : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public MatterDto Matter { get; private set; } = null!;
    public IReadOnlyList<WipTime> Time { get; private set; } = [];
    public IReadOnlyList<WipDisbursement> Disbursements { get; private set; } = [];
    public IReadOnlyList<FeeStageDto> Stages { get; private set; } = [];
    public bool FixedFee { get; private set; }
    public bool ApprovalRequired { get; private set; }

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
        Input.TimeEntryIds = Time.Where(Billable).Select(t => t.Id).ToArray();
        Input.DisbursementIds = Disbursements.Select(d => d.Id).ToArray();
        Input.FeeStageIds = Stages.Select(s => s.Id).ToArray();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new DraftBillRequest(Id, Input.TimeEntryIds, Input.DisbursementIds, Input.FeeStageIds, Input.Kind, Input.Narrative);
        Check(request);
        EnsureValid();
        var id = await draft.HandleAsync(request, ct);
        Flash("Draft bill created");
        return Redirect($"/bills/{id}");
    }, () => LoadAsync(ct));

    public bool Billable(WipTime t) => t.Billability != Billability.NonBillable && (!ApprovalRequired || t.ReadyToBill);

    private async Task LoadAsync(CancellationToken ct)
    {
        Matter = await matters.HandleAsync(Id, ct);
        Time = await wip.UnbilledTimeAsync(Id, ct);
        Disbursements = await wip.UnbilledDisbursementsAsync(Id, ct);
        var arrangement = await arrangements.GetAsync(Id, ct);
        FixedFee = arrangement.Kind == FeeArrangementKind.FixedFee;
        Stages = arrangement.Stages.Where(s => s.InvoiceId is null).ToList();
        ApprovalRequired = (await work.SettingsAsync(ct)).RequireTimeApproval;
    }

    public sealed class InputModel
    {
        public Guid[] TimeEntryIds { get; set; } = [];
        public Guid[] DisbursementIds { get; set; } = [];
        public Guid[] FeeStageIds { get; set; } = [];
        public string Kind { get; set; } = "invoice";
        public string? Narrative { get; set; }
    }
}
