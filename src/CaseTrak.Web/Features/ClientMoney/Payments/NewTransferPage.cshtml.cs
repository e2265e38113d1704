using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record DeliveredBill(Guid Id, string Number, DateOnly DeliveredOn, long OutstandingMinor);

/// <summary>
/// A transfer out of a matter's client money: to office against one of its delivered bills, or to another matter with
/// the authority recorded. The first submit shows what will happen; the second makes the transfer.
/// </summary>
public sealed class NewTransferPageModel(AppDbContext db, ClientMoneyChoices choices, MakeTransferHandler transfer, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? MatterId { get; set; }
    [BindProperty] public Guid? BankAccountId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public MatterChoice? Matter { get; private set; }
    public IReadOnlyList<MatterChoice> Matters { get; private set; } = [];
    public IReadOnlyList<AccountChoice> Accounts { get; private set; } = [];
    public IReadOnlyList<DeliveredBill> Bills { get; private set; } = [];
    public bool Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (MatterId is not null && Matter is null)
            return NotFound();
        BankAccountId = await choices.DefaultAccountAsync(MatterId, Accounts, ct);
        Input.PostedOn = BillingDisplay.Today(clock);
        Input.InvoiceId = Bills.Count == 1 ? Bills[0].Id : null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (MatterId is null)
            ModelState.AddModelError("Input.Kind", "Choose the matter the money leaves.");
        var amount = BillDisplay.ParsePounds(Input.Amount);
        if (amount is not > 0)
            ModelState.AddModelError("Input.Amount", "Enter an amount greater than £0.00, like 125.50.");
        var toOffice = Input.Kind != "client";
        if (toOffice && Input.InvoiceId is null)
            ModelState.AddModelError("Input.InvoiceId", "Choose the delivered bill the costs are taken for.");
        if (!toOffice && Input.ToMatterId is null)
            ModelState.AddModelError("Input.ToMatterId", "Choose the matter the money goes to.");
        EnsureValid();
        if (!Input.Confirmed)
        {
            await LoadAsync(ct);
            Confirming = true;
            return Page();
        }
        var dto = await transfer.HandleAsync(new(MatterId!.Value, toOffice ? null : Input.ToMatterId, toOffice ? Input.InvoiceId : null, amount!.Value,
            BankAccountId, Input.PostedOn, toOffice ? null : Input.Authority, Input.Reason), ct);
        Flash(dto.Kind == ClientTransferKind.ToOffice
            ? $"{BillingDisplay.Money(dto.AmountMinor)} transferred to office for bill {dto.InvoiceNumber} ({dto.JournalNumber})"
            : $"{BillingDisplay.Money(dto.AmountMinor)} transferred to {dto.ToMatterReference} ({dto.JournalNumber})");
        return Redirect($"/matters/{dto.FromMatterId}");
    }, async () => { Input.Confirmed = false; await LoadAsync(ct); });

    private async Task LoadAsync(CancellationToken ct)
    {
        Matter = await choices.MatterAsync(MatterId, ct);
        Matters = await choices.MattersAsync(ct);
        Accounts = await choices.ClientAccountsAsync(ct);
        Bills = Matter is null ? [] : (await db.Set<Invoice>().AsNoTracking()
                .Where(i => i.MatterId == Matter.Id && i.Status == InvoiceStatus.Final && i.DeliveredOn != null && i.TotalMinor - i.PaidMinor - i.CreditedMinor > 0)
                .Select(i => new { i.Id, Number = i.Number ?? i.RequestNumber ?? "", DeliveredOn = i.DeliveredOn!.Value, Outstanding = i.TotalMinor - i.PaidMinor - i.CreditedMinor })
                .ToListAsync(ct))
            .OrderBy(b => b.DeliveredOn).Select(b => new DeliveredBill(b.Id, b.Number, b.DeliveredOn, b.Outstanding)).ToList();
    }

    public sealed class InputModel
    {
        /// <summary>"office" (costs against a bill) or "client" (to another matter).</summary>
        public string Kind { get; set; } = "office";
        public Guid? InvoiceId { get; set; }
        public Guid? ToMatterId { get; set; }
        public string? Amount { get; set; }
        public DateOnly? PostedOn { get; set; }
        public string? Authority { get; set; }
        public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }
}
