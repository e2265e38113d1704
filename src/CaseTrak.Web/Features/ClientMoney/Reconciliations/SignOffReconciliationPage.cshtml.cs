using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Confirms a sign-off: the figures once more, and the warning that nothing can change afterwards.</summary>
public sealed class SignOffReconciliationPageModel(GetReconciliationHandler get, SignOffReconciliationHandler signOff) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public ReconciliationDto Reconciliation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Reconciliation = await get.HandleAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Input.Version = Reconciliation.Version;
        return Reconciliation.Status == ReconciliationStatus.Open ? Page() : Redirect($"/client-money/reconciliations/{Id}");
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await signOff.HandleAsync(Id, Input.Version, ct);
        Flash("Reconciliation signed off");
        return Redirect($"/client-money/reconciliations/{Id}");
    }, async () => Reconciliation = await get.HandleAsync(Id, ct));

    public sealed class InputModel
    {
        public int? Version { get; set; }
    }
}
