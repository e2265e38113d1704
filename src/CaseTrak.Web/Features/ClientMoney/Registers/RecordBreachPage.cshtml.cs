using CaseTrak.Web.Features.Billing;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Records a breach of the Accounts Rules by hand (AR 6.1).</summary>
public sealed class RecordBreachPageModel(BreachesHandler breaches, MatterPicker matters, Firms.CurrentUser me, TimeProvider clock, Platform.Data.AppDbContext db)
    : RegisterPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<MatterChoice> Choices { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "record a breach");
        Input = new() { DiscoveredOn = RegisterDates.Today(clock) };
        await LoadAsync(ct);
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var matterId = string.IsNullOrWhiteSpace(Input.Matter) ? (Guid?)null : await matters.ResolveAsync(Input.Matter, "matter", ct);
        var amount = string.IsNullOrWhiteSpace(Input.Amount) ? null : BillingInput.Pence(Input.Amount);
        if (!string.IsNullOrWhiteSpace(Input.Amount) && amount is null)
            ModelState.AddModelError("Input.Amount", "Enter the amount in pounds, for example 125.50.");
        var request = new RecordBreachRequest(Input.Rule ?? "", Input.Description ?? "", matterId, Input.BankAccountId, amount, Input.OccurredOn, Input.DiscoveredOn);
        Check(request);
        EnsureValid();
        var saved = await breaches.RecordAsync(request, ct);
        Flash($"Breach of {saved.Rule} recorded");
        return Redirect("/client-money/breaches");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Choices = await matters.ChoicesAsync(ct);
        Accounts = await RegisterDates.AccountNamesAsync(db, ct);
    }

    public sealed class InputModel
    {
        public string? Rule { get; set; }
        public string? Description { get; set; }
        public string? Matter { get; set; }
        public Guid? BankAccountId { get; set; }
        public string? Amount { get; set; }
        public DateOnly? OccurredOn { get; set; }
        public DateOnly? DiscoveredOn { get; set; }
    }
}
