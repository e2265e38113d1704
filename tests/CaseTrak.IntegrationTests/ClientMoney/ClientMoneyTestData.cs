using System.Globalization;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;

namespace CaseTrak.IntegrationTests.ClientMoney;

/// <summary>The client-money set-up tests share: a client bank account, and a journal posted through the real poster.</summary>
public static class ClientMoneyTestData
{
    /// <summary>A client account named for the firm (AR 3.2), with an account number no other test uses.</summary>
    public static Task<Guid> AddClientAccountAsync(this TestFirm firm, DateOnly? openedOn = null) => firm.WithDbAsync(async db =>
    {
        var account = new BankAccount
        {
            Kind = BankAccountKind.Client, Name = $"{firm.Name} client account", SortCode = "200000",
            AccountNumber = Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            OpenedOn = openedOn ?? new DateOnly(2026, 1, 1), CreatedByUserId = firm.Owner.Id, CreatedAt = DateTime.UtcNow,
        };
        db.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    });

    /// <summary>Posts the journal as the firm's owner in its own transaction, as a handler would; answers the journal and its entries.</summary>
    public static async Task<(LedgerJournal Journal, IReadOnlyList<LedgerEntry> Entries)> PostJournalAsync(this TestFirm firm, JournalDraft draft)
    {
        await using var scope = firm.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firm.Id);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var journal = await scope.ServiceProvider.GetRequiredService<LedgerPoster>().PostAsync(draft, firm.Owner.Id, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (journal, db.ChangeTracker.Entries<LedgerEntry>().Select(e => e.Entity).Where(e => e.JournalId == journal.Id).ToList());
    }
}
