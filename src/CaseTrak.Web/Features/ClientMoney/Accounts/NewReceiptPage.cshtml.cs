using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ReceiptBillChoice(Guid Id, string Number, long OutstandingMinor);

/// <summary>
/// Records money into client account: the matter in context (or none, for suspense), the live balance beside it, and a
/// split section for the office part of a mixed receipt against one of the matter's delivered bills.
/// </summary>
public sealed class NewReceiptPageModel(AppDbContext db, MatterPicker picker, BankAccountQueries accounts, ClientBalances balances,
    RecordReceiptHandler record, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? MatterId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<MatterChoice> Matters { get; private set; } = [];
    public IReadOnlyList<BankAccountDto> Accounts { get; private set; } = [];
    public IReadOnlyList<ReceiptBillChoice> Bills { get; private set; } = [];
    public ClientBalanceView Balance { get; private set; } = new(null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = RegisterDates.Today(clock);
        Input.ReceivedOn = today;
        Input.BankedOn = today;
        if (MatterId is { } id)
        {
            var choice = await db.Set<Matters.Matter>().AsNoTracking().Where(m => m.Id == id).Select(m => new MatterChoice(m.Id, m.Reference, m.Title)).SingleOrDefaultAsync(ct);
            if (choice is null)
                return NotFound();
            Input.Matter = choice.Label;
        }
        await LoadAsync(MatterId, ct);
        Input.BankAccountId ??= Accounts.FirstOrDefault()?.Id;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        Guid? matterId = string.IsNullOrWhiteSpace(Input.Matter) ? null : await picker.ResolveAsync(Input.Matter, "matter", ct);
        var amount = BillDisplay.ParsePounds(Input.Amount);
        if (amount is null or < 1)
            ModelState.AddModelError("Input.Amount", "Enter an amount greater than £0.00, for example 1250.00.");
        var office = string.IsNullOrWhiteSpace(Input.OfficeAmount) ? 0 : BillDisplay.ParsePounds(Input.OfficeAmount);
        if (office is null or < 0)
            ModelState.AddModelError("Input.OfficeAmount", "Enter the office part in pounds, for example 120.00, or leave it empty.");
        if (Input.BankAccountId is null)
            ModelState.AddModelError("Input.BankAccountId", "Choose the client account the money was paid into.");
        EnsureValid();
        var receipt = await record.HandleAsync(new RecordReceiptRequest(matterId, Input.BankAccountId!.Value, amount!.Value, Input.ReceivedOn, Input.BankedOn,
            Input.Payer ?? "", Input.Method, Input.Reference, office > 0 ? office : null, office > 0 ? Input.InvoiceId : null), ct);
        var message = $"Receipt of {Platform.Money.MoneyText.Pounds(receipt.AmountMinor)} recorded ({receipt.JournalNumber})";
        Flash(receipt.Warnings.Count > 0 ? $"{message}. {string.Join(" ", receipt.Warnings)}" : message);
        return Redirect(receipt.MatterId is { } m ? $"/matters/{m}/client-money" : "/client-money/suspense");
    }, async () =>
    {
        Guid? matterId = null;
        if (!string.IsNullOrWhiteSpace(Input.Matter))
            try { matterId = await picker.ResolveAsync(Input.Matter, "matter", ct); } catch (RequestValidationException) { }
        await LoadAsync(matterId, ct);
    });

    private async Task LoadAsync(Guid? matterId, CancellationToken ct)
    {
        Matters = await picker.ChoicesAsync(ct);
        Accounts = (await accounts.ListAsync(BankAccountKind.Client, includeClosed: false, ct));
        if (matterId is not { } id)
            return;
        Balance = new(await balances.ForMatterAsync(id, null, ct), null);
        Bills = (await db.Set<Invoice>().AsNoTracking()
                .Where(i => i.MatterId == id && i.Status == InvoiceStatus.Final && i.DeliveredOn != null && i.TotalMinor - i.PaidMinor - i.CreditedMinor > 0)
                .OrderBy(i => i.IssuedOn).Select(i => new { i.Id, i.Number, i.RequestNumber, Outstanding = i.TotalMinor - i.PaidMinor - i.CreditedMinor })
                .ToListAsync(ct))
            .Select(i => new ReceiptBillChoice(i.Id, i.Number ?? i.RequestNumber ?? "", i.Outstanding)).ToList();
    }

    public sealed class InputModel
    {
        public string? Matter { get; set; }
        public Guid? BankAccountId { get; set; }
        public string? Amount { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public DateOnly? BankedOn { get; set; }
        public string? Payer { get; set; }
        public string? Method { get; set; } = "bankTransfer";
        public string? Reference { get; set; }
        public string? OfficeAmount { get; set; }
        public Guid? InvoiceId { get; set; }
    }
}
