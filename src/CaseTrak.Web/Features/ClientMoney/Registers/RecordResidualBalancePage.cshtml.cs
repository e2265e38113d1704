using CaseTrak.Web.Features.Billing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Records a residual balance and asks for its payment to the charity (or as the SRA authorised).</summary>
public sealed class RecordResidualBalancePageModel(ResidualBalancesHandler residuals, MatterPicker matters, Firms.CurrentUser me, TimeProvider clock,
    Platform.Data.AppDbContext db) : RegisterPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<MatterChoice> Choices { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        ClientMoneyAccess.EnsureApprover(await me.LoadAsync(ct), "record a residual balance");
        Input = new() { PaidOn = RegisterDates.Today(clock) };
        await LoadAsync(ct);
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var matterId = await matters.ResolveAsync(Input.Matter, "matter", ct);
        var amount = BillingInput.Pence(Input.Amount);
        if (amount is null or <= 0)
            ModelState.AddModelError("Input.Amount", "Enter an amount greater than £0.00, for example 125.50.");
        if (Input.BankAccountId is null)
            ModelState.AddModelError("Input.BankAccountId", "Choose the client account the money is held in.");
        EnsureValid();
        var request = new RecordResidualBalanceRequest(matterId, Input.BankAccountId!.Value, amount!.Value, Input.OwnerName, Input.TracingSteps,
            Input.CharityName, Input.CharityNumber, Input.SraAuthorityReference, Input.PaidOn);
        Check(request);
        EnsureValid();
        var saved = await residuals.RecordAsync(request, ct);
        Flash($"Residual balance of {Money(saved.AmountMinor)} on {saved.MatterReference} recorded; the payment is awaiting approval");
        return Redirect("/client-money/residual-balances");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Choices = await matters.ChoicesAsync(ct);
        Accounts = await db.Set<BankAccount>().AsNoTracking().Where(a => a.Kind == BankAccountKind.Client).OrderBy(a => a.Name)
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }

    public sealed class InputModel
    {
        public string? Matter { get; set; }
        public Guid? BankAccountId { get; set; }
        public string? Amount { get; set; }
        public string? OwnerName { get; set; }
        public string? TracingSteps { get; set; }
        public string? CharityName { get; set; }
        public string? CharityNumber { get; set; }
        public string? SraAuthorityReference { get; set; }
        public DateOnly? PaidOn { get; set; }
    }
}
