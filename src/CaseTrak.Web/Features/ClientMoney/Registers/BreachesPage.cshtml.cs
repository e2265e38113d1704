using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The AR 6.1 breach register: open breaches first, then those put right.</summary>
public sealed class BreachesPageModel(BreachesHandler breaches, Platform.Data.AppDbContext db) : RegisterPageModel
{
    public IReadOnlyList<BreachDto> Breaches { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Breaches = [.. (await breaches.ListAsync(null, ct)).OrderBy(b => b.CorrectedOn is not null)];
        Accounts = await RegisterDates.AccountNamesAsync(db, ct);
    });
}
