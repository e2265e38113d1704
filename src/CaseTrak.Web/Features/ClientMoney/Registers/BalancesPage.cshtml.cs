using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>AR 8.1: every client-ledger balance with the firm's total; restricted matters counted, never named.</summary>
public sealed class BalancesPageModel(ListClientBalancesHandler balances, Platform.Data.AppDbContext db) : RegisterPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? BankAccountId { get; set; }

    public ClientBalancesDto Balances { get; private set; } = new([], null, 0);
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Balances = await balances.HandleAsync(BankAccountId, ct);
        Accounts = await RegisterDates.AccountNamesAsync(db, ct);
    });

    public string Export(string format) => Link("/api/v1/client-money/balances", ("format", format), ("bankAccountId", BankAccountId?.ToString()));
}
