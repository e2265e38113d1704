using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Old and dormant client balances by age, the oldest first.</summary>
public sealed class DormantPageModel(ListDormantBalancesHandler dormant, Platform.Data.AppDbContext db) : RegisterPageModel
{
    public DormantBalancesDto Dormant { get; private set; } = new(365, [], [], 0);
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Dormant = await dormant.HandleAsync(ct);
        Accounts = await RegisterDates.AccountNamesAsync(db, ct);
    });
}
