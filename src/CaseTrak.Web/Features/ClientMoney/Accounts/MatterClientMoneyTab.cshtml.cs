using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// A matter's "Client money" tab: both sides of its ledger with running balances, newest first, a page at a time
/// (?cursor= for older entries), and the actions that move money.
/// </summary>
public sealed class MatterClientMoneyTabModel(GetMatterHandler get, CurrentUser me, MatterLedgerHandler ledger, ClientBalances balances,
    CurrentUser viewer) : MatterPageModel(get, me)
{
    public override string Tab => "client-money";

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public MatterLedgerDto Ledger { get; private set; } = null!;
    public IReadOnlyList<MatterAccountBalance> ByAccount { get; private set; } = [];
    public bool IsBookkeeper { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ledger = await ledger.PageAsync(Id, null, Cursor, ct);
        ByAccount = await balances.ForMatterByAccountAsync(Id, ct);
        IsBookkeeper = ClientMoneyAccess.IsBookkeeper(await viewer.LoadAsync(ct));
    }
}
