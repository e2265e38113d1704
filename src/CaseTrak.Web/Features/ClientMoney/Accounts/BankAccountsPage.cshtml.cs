using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The firm's bank accounts with their cash-book and suspense balances, and a form to add one.</summary>
public sealed class BankAccountsPageModel(BankAccountQueries queries, AddBankAccountHandler add, CurrentUser me, TimeProvider clock) : AppPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<BankAccountDto> Accounts { get; private set; } = [];
    public bool MayAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.OpenedOn = RegisterDates.Today(clock);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new AddBankAccountRequest(Input.Name ?? "", Input.Kind ?? "", Input.SortCode ?? "", Input.AccountNumber ?? "", Input.BankName, Input.OpenedOn);
        Check(request);
        EnsureValid();
        var account = await add.HandleAsync(request, ct);
        Flash($"Bank account {account.Name} added");
        return Redirect("/client-money/accounts");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await queries.ListAsync(null, includeClosed: true, ct);
        MayAdd = ClientMoneyAccess.IsBookkeeper(await me.LoadAsync(ct));
    }

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Kind { get; set; } = "client";
        public string? SortCode { get; set; }
        public string? AccountNumber { get; set; }
        public string? BankName { get; set; }
        public DateOnly? OpenedOn { get; set; }
    }
}
