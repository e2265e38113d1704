using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>AR 8.1: the client cash book of one bank account for a period, with the balance brought forward and a running balance.</summary>
public sealed class CashBookPageModel(GetCashBookHandler cashBook, Platform.Data.AppDbContext db, Firms.CurrentUser me) : RegisterPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? BankAccountId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public CashBookDto? Book { get; private set; }
    public IReadOnlyDictionary<Guid, string> Accounts { get; private set; } = new Dictionary<Guid, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "read the client cash book");
        Accounts = await db.Set<BankAccount>().AsNoTracking().Where(a => a.Kind == BankAccountKind.Client).OrderBy(a => a.Name)
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var account = BankAccountId ?? (Accounts.Count > 0 ? Accounts.Keys.First() : (Guid?)null);
        if (account is { } id)
        {
            BankAccountId = id;
            Book = await cashBook.HandleAsync(id, From, To, ct);
        }
    });

    public string Export(string format) => Link("/api/v1/client-money/cash-book", ("format", format), ("bankAccountId", BankAccountId?.ToString()),
        ("from", Iso(Book?.From)), ("to", Iso(Book?.To)));
}
