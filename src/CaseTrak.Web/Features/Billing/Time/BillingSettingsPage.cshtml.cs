using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The firm's billing settings and its period lock; the Version field refuses saving over someone else's change.</summary>
[Authorize(Policy = Policies.FirmAdmin)]
public sealed class BillingSettingsPageModel(BillingSettingsHandler settings) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public BillingSettingsDto Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var s = Current;
        Input = new()
        {
            TimeUnitMinutes = s.TimeUnitMinutes, DefaultVatRate = BillingInput.Percent(s.DefaultVatRateBp), RequireTimeApproval = s.RequireTimeApproval,
            LockedThrough = s.LockedThrough, CddIntakeAllowanceMinutes = s.CddIntakeAllowanceMinutes, PaymentTermsDays = s.PaymentTermsDays,
            InvoicePrefix = s.InvoicePrefix, CreditNotePrefix = s.CreditNotePrefix, RequestPrefix = s.RequestPrefix,
            RegulatoryStatement = s.RegulatoryStatement, PaymentDetails = s.PaymentDetails, Version = s.Version,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var vat = BillingInput.BasisPoints(Input.DefaultVatRate);
        if (vat is null)
            ModelState.AddModelError("Input.DefaultVatRate", "Enter the standard VAT rate as a percentage, for example 20.");
        var clear = new List<string>();
        if (Input.LockedThrough is null) clear.Add("lockedThrough");
        if (string.IsNullOrWhiteSpace(Input.RegulatoryStatement)) clear.Add("regulatoryStatement");
        if (string.IsNullOrWhiteSpace(Input.PaymentDetails)) clear.Add("paymentDetails");
        var request = new UpdateBillingSettingsRequest(Input.TimeUnitMinutes, vat, Input.RequireTimeApproval, Input.LockedThrough,
            Input.CddIntakeAllowanceMinutes, Input.PaymentTermsDays, Input.InvoicePrefix, Input.CreditNotePrefix, Input.RequestPrefix,
            Input.RegulatoryStatement, Input.PaymentDetails, [.. clear]);
        Check(request);
        EnsureValid();
        await settings.UpdateAsync(request, Input.Version, ct);
        Flash("Billing settings saved");
        return RedirectToPage();
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Current = BillingSettingsDto.From(await settings.GetAsync(ct));

    public sealed class InputModel
    {
        public int? TimeUnitMinutes { get; set; }
        public string? DefaultVatRate { get; set; }
        public bool RequireTimeApproval { get; set; }
        public DateOnly? LockedThrough { get; set; }
        public int? CddIntakeAllowanceMinutes { get; set; }
        public int? PaymentTermsDays { get; set; }
        public string? InvoicePrefix { get; set; }
        public string? CreditNotePrefix { get; set; }
        public string? RequestPrefix { get; set; }
        public string? RegulatoryStatement { get; set; }
        public string? PaymentDetails { get; set; }
        public int? Version { get; set; }
    }
}
