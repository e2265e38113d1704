using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Voiding a final bill issued in error, with the reason, after a confirmation.</summary>
public sealed class VoidBillPageModel(GetBillHandler get, VoidBillHandler voids) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillDto Bill { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Bill = await get.HandleAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Input.Version = Bill.Version;
        return Bill.Status == InvoiceStatus.Final ? Page() : Redirect($"/bills/{Id}");
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new VoidBillRequest(Input.Reason ?? "");
        Check(request);
        EnsureValid();
        await voids.HandleAsync(Id, Input.Version, request, ct);
        Flash($"Bill {BillDisplay.Number(await get.HandleAsync(Id, ct))} voided");
        return Redirect($"/bills/{Id}");
    }, async () => Bill = await get.HandleAsync(Id, ct));

    public sealed class InputModel
    {
        public int? Version { get; set; }
        public string? Reason { get; set; }
    }
}
