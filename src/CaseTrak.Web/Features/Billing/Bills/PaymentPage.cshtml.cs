using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Money received into office account, allocated across the client's unpaid bills; what is left stays on the client.</summary>
public sealed class PaymentPageModel(GetBillHandler get, ListBillsHandler bills, RecordPaymentHandler payments, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BillDto Bill { get; private set; } = null!;
    public IReadOnlyList<BillSummaryDto> Unpaid { get; private set; } = [];

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
        if (Bill.Status != InvoiceStatus.Final)
            return Redirect($"/bills/{Id}");
        Input.ReceivedOn = BillingDisplay.Today(clock);
        Input.Amount = BillDisplay.Pounds(Math.Max(Bill.OutstandingMinor, 0));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var amount = BillDisplay.ParsePounds(Input.Amount) ?? throw new RequestValidationException("amount", "Enter the amount received in pounds and pence, like 125.50.");
        var allocations = Input.Allocations.Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .Select(a => new AllocationRequest(a.Key, BillDisplay.ParsePounds(a.Value)
                ?? throw new RequestValidationException("allocations", "Enter each allocation in pounds and pence.")))
            .Where(a => a.AmountMinor != 0).ToList();
        var bill = await get.LoadAsync(Id, ct);
        if (allocations.Count == 0)
            allocations = await AllocateInOrderAsync(amount, ct);
        var method = string.IsNullOrWhiteSpace(Input.Method) ? null : Input.Method;
        await payments.RecordAsync(new(bill.ClientId, amount, Input.ReceivedOn, method, Input.Reference, Input.Payer, allocations), ct);
        var left = amount - allocations.Sum(a => a.AmountMinor);
        Flash(left > 0 ? $"Payment recorded; {BillingDisplay.Money(left)} is unallocated on the client" : "Payment recorded");
        return Redirect($"/bills/{Id}");
    }, () => LoadAsync(ct));

    /// <summary>No allocation typed: this bill first, then the client's other unpaid bills oldest first, each up to what it owes.</summary>
    private async Task<List<AllocationRequest>> AllocateInOrderAsync(long amount, CancellationToken ct)
    {
        await LoadAsync(ct);
        var allocations = new List<AllocationRequest>();
        foreach (var unpaid in Unpaid.Where(b => b.OutstandingMinor > 0))
        {
            var share = Math.Min(amount, unpaid.OutstandingMinor);
            if (share <= 0)
                break;
            allocations.Add(new(unpaid.Id, share));
            amount -= share;
        }
        return allocations;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bill = await get.HandleAsync(Id, ct);
        Unpaid = (await bills.HandleAsync(new(ClientId: Bill.ClientId, View: "unpaid", Limit: 200), ct)).Items
            .OrderBy(b => b.Id != Id).ThenBy(b => b.IssuedOn).ToList();
    }

    public sealed class InputModel
    {
        public string? Amount { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public string? Method { get; set; } = "bankTransfer";
        public string? Reference { get; set; }
        public string? Payer { get; set; }
        public Dictionary<Guid, string?> Allocations { get; set; } = [];
    }
}
