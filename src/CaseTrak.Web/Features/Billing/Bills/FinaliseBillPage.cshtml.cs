using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The confirmation before a bill takes its number and can no longer be changed.</summary>
public sealed class FinaliseBillPageModel(GetBillHandler get, FinaliseBillHandler finalise, BillWork work, FirmCounters counters, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillDto Bill { get; private set; } = null!;
    public string NextNumber { get; private set; } = "";

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
        if (Bill.Status != InvoiceStatus.Draft)
            return Redirect($"/bills/{Id}");
        Input.Version = Bill.Version;
        Input.IssuedOn = BillingDisplay.Today(clock);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await finalise.HandleAsync(Id, Input.Version, new(Input.IssuedOn), ct);
        var bill = await get.HandleAsync(Id, ct);
        Flash($"{BillDisplay.Kind(bill.Kind)} {BillDisplay.Number(bill)} finalised");
        return Redirect($"/bills/{Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Bill = await get.HandleAsync(Id, ct);
        var settings = await work.SettingsAsync(ct);
        var (counter, prefix) = Bill.Kind == InvoiceKind.Invoice
            ? (BillCounters.Invoice, settings.InvoicePrefix) : (BillCounters.RequestForPayment, settings.RequestPrefix);
        NextNumber = BillWork.FormatNumber(prefix, await counters.PeekAsync(counter, ct));
    }

    public sealed class InputModel
    {
        public int? Version { get; set; }
        public DateOnly? IssuedOn { get; set; }
    }
}
