using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A matter's "Time & bills" tab: how it is charged, its unbilled time and disbursements with totals, and forms to add both.</summary>
public sealed class MatterBillingTabModel(GetMatterHandler get, CurrentUser me, ListTimeEntriesHandler time, ListDisbursementsHandler disbursements,
    FeeArrangementHandler arrangements, RecordTimeHandler record, RecordDisbursementHandler recordDisbursement) : MatterPageModel(get, me)
{
    public override string Tab => "billing";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public FeeArrangementDto Arrangement { get; private set; } = null!;
    public IReadOnlyList<TimeEntryDto> Time { get; private set; } = [];
    public IReadOnlyList<DisbursementDto> Disbursements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = MatterBillingForms.From(Arrangement);
    }

    public Task<IActionResult> OnPostTimeAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var minutes = BillingInput.Minutes(Input.Duration);
        if (minutes is null or < 1 or > BillingRules.MaxMinutesPerEntry)
            ModelState.AddModelError("Input.Duration", "Enter the time as hours (1.5), minutes (90m) or hours and minutes (1:30), up to 24 hours.");
        EnsureValid();
        var entry = await record.HandleAsync(new RecordTimeRequest(Id, Input.Date, minutes!.Value, Input.Narrative ?? "", Billability: Input.Billability), ct);
        return BackToTab($"{BillingDisplay.Duration(entry.Minutes)} recorded ({BillingDisplay.Money(entry.ValueMinor)})");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDisbursementAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var amount = BillingInput.Pence(Input.Amount);
        if (amount is null or < 1)
            ModelState.AddModelError("Input.Amount", "Enter the amount in pounds, for example 45.50.");
        int? vat = string.IsNullOrWhiteSpace(Input.VatRate) ? null : BillingInput.BasisPoints(Input.VatRate);
        if (!string.IsNullOrWhiteSpace(Input.VatRate) && vat is null)
            ModelState.AddModelError("Input.VatRate", "Enter the VAT rate as a percentage, for example 20, or leave it empty for the standard rate.");
        EnsureValid();
        await recordDisbursement.HandleAsync(new RecordDisbursementRequest(Id, Input.DisbursementDate, Input.Description ?? "", amount!.Value, vat,
            Input.Agent, Input.Supplier, Input.SupplierReference, Input.Paid), ct);
        return BackToTab("Disbursement recorded");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostArrangementAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = MatterBillingForms.ArrangementRequest(Input, ModelState);
        EnsureValid();
        await arrangements.SetAsync(Id, request!, Input.ArrangementVersion, ct);
        return BackToTab("Fee arrangement saved");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Arrangement = await arrangements.GetAsync(Id, ct);
        Time = (await time.HandleAsync(new ListTimeEntriesQuery(MatterId: Id, Status: "unbilled", Limit: 200), ct)).Items;
        Disbursements = (await disbursements.HandleAsync(new ListDisbursementsQuery(MatterId: Id, Status: "unbilled", Limit: 200), ct)).Items;
    }

    public sealed class InputModel
    {
        public DateOnly? Date { get; set; }
        public string? Duration { get; set; }
        public string? Narrative { get; set; }
        public string? Billability { get; set; } = "billable";
        public DateOnly? DisbursementDate { get; set; }
        public string? Description { get; set; }
        public string? Amount { get; set; }
        public string? VatRate { get; set; }
        public bool Agent { get; set; }
        public bool Paid { get; set; }
        public string? Supplier { get; set; }
        public string? SupplierReference { get; set; }
        public string? Kind { get; set; } = "hourly";
        public string? FeeAmount { get; set; }
        public int? TimeUnitMinutes { get; set; }
        public string? ClientMatterReference { get; set; }
        public string? Stages { get; set; }
        public int? ArrangementVersion { get; set; }
    }
}
