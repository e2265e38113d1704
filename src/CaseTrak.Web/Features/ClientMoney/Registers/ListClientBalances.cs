using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ClientBalanceRow(Guid MatterId, string MatterReference, string MatterTitle, string ClientName, Guid BankAccountId,
    long BalanceMinor, DateOnly LastMovementOn);

/// <summary>Balances on matters the reader may not see: counted and summed, never named.</summary>
public sealed record RestrictedBalances(int Matters, long BalanceMinor);

public sealed record ClientBalancesDto(IReadOnlyList<ClientBalanceRow> Items, RestrictedBalances? Restricted, long TotalMinor, string Currency = "GBP");

/// <summary>
/// AR 8.1: every client-ledger balance with a total. The total covers every matter, those behind a barrier the
/// reader cannot see included (as one unnamed "Restricted matters (n)" line), so it always agrees with the cash book.
/// </summary>
public sealed class ListClientBalancesHandler(AppDbContext db, CurrentUser me)
{
    public async Task<ClientBalancesDto> HandleAsync(Guid? bankAccountId, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the client-ledger balances");
        var visible = Filter(db.Set<MatterClientBalance>(), bankAccountId);
        var rows = await Rows(db, visible).ToListAsync(ct);
        rows = [.. rows.OrderBy(r => r.MatterReference, StringComparer.Ordinal).ThenBy(r => r.BankAccountId)];
        var all = await Filter(db.IncludingBarredForTotals<MatterClientBalance>(), bankAccountId)
            .Select(b => new { b.MatterId, b.BalanceMinor }).ToListAsync(ct);
        var total = all.Sum(b => b.BalanceMinor);
        var seen = rows.Select(r => r.MatterId).ToHashSet();
        var hidden = all.Where(b => !seen.Contains(b.MatterId)).ToList();
        var restricted = hidden.Count == 0 ? null : new RestrictedBalances(hidden.Select(b => b.MatterId).Distinct().Count(), hidden.Sum(b => b.BalanceMinor));
        return new(rows, restricted, total);
    }

    /// <summary>Balances with their matter and client, for the registers that list them.</summary>
    internal static IQueryable<ClientBalanceRow> Rows(AppDbContext db, IQueryable<MatterClientBalance> balances) =>
        (from b in balances
         join m in db.Set<Matter>() on b.MatterId equals m.Id
         join c in db.Set<Contact>() on m.ClientId equals c.Id into clients
         from c in clients.DefaultIfEmpty()
         select new ClientBalanceRow(m.Id, m.Reference, m.Title, c == null ? "" : c.DisplayName, b.BankAccountId, b.BalanceMinor, b.LastMovementOn))
        .AsNoTracking();

    private static IQueryable<MatterClientBalance> Filter(IQueryable<MatterClientBalance> q, Guid? bankAccountId)
    {
        q = q.Where(b => b.BalanceMinor != 0);
        return bankAccountId is { } id ? q.Where(b => b.BankAccountId == id) : q;
    }

    public static ReportTable Table(ClientBalancesDto d, IReadOnlyDictionary<Guid, string> accounts)
    {
        ReportColumn[] columns =
        [
            new("matterReference", "Matter", ReportColumnType.Text), new("matterTitle", "Title", ReportColumnType.Text),
            new("clientName", "Client", ReportColumnType.Text), new("bankAccount", "Bank account", ReportColumnType.Text),
            new("lastMovementOn", "Last movement", ReportColumnType.Date), new("balanceMinor", "Balance", ReportColumnType.Money),
        ];
        var rows = d.Items.Select(r => (IReadOnlyList<object?>)[r.MatterReference, r.MatterTitle, r.ClientName,
            accounts.GetValueOrDefault(r.BankAccountId, ""), r.LastMovementOn, r.BalanceMinor]).ToList();
        if (d.Restricted is { } x)
            rows.Add([$"Restricted matters ({x.Matters})", null, null, null, null, x.BalanceMinor]);
        return new("client-balances", "Client ledger balances", columns, rows, ["Total", null, null, null, null, d.TotalMinor],
            new Dictionary<string, string>());
    }
}
