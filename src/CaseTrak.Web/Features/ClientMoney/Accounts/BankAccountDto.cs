using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="BalanceMinor">The client cash book: every receipt and payment posted to the account's bank side.</param>
/// <param name="SuspenseMinor">Money received but not yet allocated to a matter.</param>
/// <param name="LastReconciledOn">The statement date of the last signed-off reconciliation.</param>
public sealed record BankAccountDto(Guid Id, string Name, BankAccountKind Kind, string SortCode, string AccountNumber, string? BankName,
    DateOnly OpenedOn, DateOnly? ClosedOn, long BalanceMinor, long SuspenseMinor, DateOnly? LastReconciledOn, string Currency, int Version);

/// <summary>Bank accounts with their cash-book figures. Totals include every matter, barred or not (they name none).</summary>
public sealed class BankAccountQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<BankAccountDto>> ListAsync(BankAccountKind? kind, bool includeClosed, CancellationToken ct)
    {
        var rows = db.Set<BankAccount>().AsNoTracking();
        if (kind is { } k)
            rows = rows.Where(a => a.Kind == k);
        if (!includeClosed)
            rows = rows.Where(a => a.ClosedOn == null);
        return (await Project(rows.OrderBy(a => a.Kind).ThenBy(a => a.Name)).ToListAsync(ct)).Select(Readable).ToList();
    }

    /// <summary>The account, or null when it is not this firm's.</summary>
    public async Task<BankAccountDto?> FindAsync(Guid id, CancellationToken ct) =>
        await Project(db.Set<BankAccount>().AsNoTracking().Where(a => a.Id == id)).SingleOrDefaultAsync(ct) is { } dto ? Readable(dto) : null;

    private static BankAccountDto Readable(BankAccountDto dto) => dto with { SortCode = BankDetailsText.SortCode(dto.SortCode) };

    private IQueryable<BankAccountDto> Project(IQueryable<BankAccount> accounts)
    {
        var entries = db.IncludingBarredForTotals<LedgerEntry>();
        var signedOff = db.Set<Reconciliation>().Where(r => r.Status == ReconciliationStatus.SignedOff);
        return accounts.Select(a => new BankAccountDto(a.Id, a.Name, a.Kind, a.SortCode, a.AccountNumber, a.BankName, a.OpenedOn, a.ClosedOn,
            entries.Where(e => e.BankAccountId == a.Id && e.Account == LedgerAccountKind.ClientBank).Sum(e => (long?)e.AmountMinor) ?? 0,
            a.SuspenseMinor,
            signedOff.Where(r => r.BankAccountId == a.Id).Max(r => (DateOnly?)r.StatementDate),
            a.Currency, a.Version));
    }
}

/// <summary>Bank details as people read them.</summary>
public static class BankDetailsText
{
    /// <summary>"12-34-56" from the six stored digits.</summary>
    public static string SortCode(string digits) => BankAccountRules.NormaliseSortCode(digits) ?? digits;
}
