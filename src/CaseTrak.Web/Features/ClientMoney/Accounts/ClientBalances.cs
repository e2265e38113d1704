using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>A matter's client money in one client bank account.</summary>
public sealed record MatterAccountBalance(Guid BankAccountId, string BankAccountName, long BalanceMinor, DateOnly LastMovementOn);

/// <summary>
/// A matter's client balance as the poster keeps it (MatterClientBalance rows). A matter behind a barrier the user
/// is outside of reads as nothing held: callers that must tell "barred" from "empty" check the matter first.
/// </summary>
public sealed class ClientBalances(AppDbContext db)
{
    /// <summary>Money held for the matter, in one account or (null) across all of them; 0 when none.</summary>
    public async Task<long> ForMatterAsync(Guid matterId, Guid? bankAccountId, CancellationToken ct)
    {
        var rows = db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == matterId);
        if (bankAccountId is { } account)
            rows = rows.Where(b => b.BankAccountId == account);
        return await rows.SumAsync(b => (long?)b.BalanceMinor, ct) ?? 0;
    }

    /// <summary>Each client account that ever held money for the matter, by account name.</summary>
    public async Task<IReadOnlyList<MatterAccountBalance>> ForMatterByAccountAsync(Guid matterId, CancellationToken ct)
    {
        // Two small reads: SQLite cannot translate the join to the account with the composite key in one.
        var balances = await db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == matterId)
            .Select(b => new { b.BankAccountId, b.BalanceMinor, b.LastMovementOn }).ToListAsync(ct);
        var ids = balances.Select(b => b.BankAccountId).ToList();
        var names = await db.Set<BankAccount>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return balances.Select(b => new MatterAccountBalance(b.BankAccountId, names.GetValueOrDefault(b.BankAccountId, ""), b.BalanceMinor, b.LastMovementOn))
            .OrderBy(b => b.BankAccountName, StringComparer.CurrentCulture).ToList();
    }
}
