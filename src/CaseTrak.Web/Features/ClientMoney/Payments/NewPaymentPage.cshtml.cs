using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Asking for a payment from client account, with the matter's live client balance beside the form.</summary>
public sealed class NewPaymentPageModel(ClientMoneyChoices choices, RequestPaymentHandler request) : AppPageModel
{
    /// <summary>The form's matter and account fields are named as the live-balance fragment reads them.</summary>
    [BindProperty(SupportsGet = true)] public Guid? MatterId { get; set; }
    [BindProperty] public Guid? BankAccountId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public MatterChoice? Matter { get; private set; }
    public IReadOnlyList<MatterChoice> Matters { get; private set; } = [];
    public IReadOnlyList<AccountChoice> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (MatterId is not null && Matter is null)
            return NotFound();
        Input.MatterId = MatterId;
        Input.BankAccountId = await choices.DefaultAccountAsync(MatterId, Accounts, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        (Input.MatterId, Input.BankAccountId) = (MatterId, BankAccountId);
        if (Input.MatterId is null)
            ModelState.AddModelError("Input.MatterId", "Choose the matter the payment is for.");
        if (Input.BankAccountId is null)
            ModelState.AddModelError("Input.BankAccountId", "Choose the client account to pay from.");
        var amount = BillDisplay.ParsePounds(Input.Amount);
        if (amount is not > 0)
            ModelState.AddModelError("Input.Amount", "Enter an amount greater than £0.00, like 125.50.");
        EnsureValid();
        var dto = await request.HandleAsync(new(Input.MatterId!.Value, Input.BankAccountId!.Value, amount!.Value, Input.Payee, Input.Purpose, Input.Instruction,
            Input.PayeeSortCode, Input.PayeeAccountNumber, Input.PayeeReference, null, Input.PayOn), ct);
        Flash($"Payment of {BillingDisplay.Money(dto.AmountMinor)} to {dto.Payee} requested: it now needs approval");
        return Redirect($"/client-money/payments/{dto.Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Matter = await choices.MatterAsync(MatterId, ct);
        Matters = await choices.MattersAsync(ct);
        Accounts = await choices.ClientAccountsAsync(ct);
    }

    public sealed class InputModel
    {
        public Guid? MatterId { get; set; }
        public Guid? BankAccountId { get; set; }
        public string? Amount { get; set; }
        public string? Payee { get; set; }
        public string? PayeeSortCode { get; set; }
        public string? PayeeAccountNumber { get; set; }
        public string? PayeeReference { get; set; }
        public string? Purpose { get; set; }
        public string? Instruction { get; set; }
        public DateOnly? PayOn { get; set; }
    }
}
