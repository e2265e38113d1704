using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Money received with no matter yet, oldest first, each with a form to allocate it to a matter.</summary>
public sealed class SuspensePageModel(SuspenseQueries suspense, MatterPicker picker, AllocateReceiptHandler allocate) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? BankAccountId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public SuspenseSummary Suspense { get; private set; } = new(0, 0, 0, []);
    public IReadOnlyList<MatterChoice> Matters { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var matterId = await picker.ResolveAsync(Input.Matter, "matter", ct);
        var receipt = await allocate.HandleAsync(Input.ReceiptId, new AllocateReceiptRequest(matterId), ct);
        Flash($"{Platform.Money.MoneyText.Pounds(receipt.AmountMinor)} from {receipt.Payer} allocated to {receipt.MatterReference}");
        return Redirect("/client-money/suspense");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Suspense = await suspense.ListAsync(BankAccountId, ct);
        Matters = await picker.ChoicesAsync(ct);
    }

    public sealed class InputModel
    {
        public Guid ReceiptId { get; set; }
        public string? Matter { get; set; }
    }
}
