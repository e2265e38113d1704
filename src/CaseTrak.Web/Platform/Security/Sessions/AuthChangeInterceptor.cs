using System.Data.Common;
using System.Runtime.CompilerServices;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// Notices every saved change to a user, a firm or an API session (roles, disabling, security stamp, revocation,
/// two-factor policy) and reports it to <see cref="AuthChanges"/> once it is committed. Writes that bypass the
/// change tracker (ExecuteUpdate) call <see cref="AuthChanges.ChangedAsync"/> themselves.
/// </summary>
internal sealed class AuthChangeInterceptor(Func<AuthChanges> changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Per context rather than AsyncLocal: EF calls interceptors from inside its own async methods.
    private readonly ConditionalWeakTable<DbContext, Guid[]> _saving = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is { } db && _saving.TryGetValue(db, out var ids))
        {
            _saving.Remove(db);
            await changes().ChangedAsync(db, ids, ct);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && _saving.TryGetValue(db, out var ids))
        {
            _saving.Remove(db);
            changes().ChangedAsync(db, ids, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default) =>
        await changes().TransactionCommittedAsync(transaction, ct);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        changes().TransactionCommittedAsync(transaction, CancellationToken.None).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        changes().TransactionRolledBack(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => changes().TransactionRolledBack(transaction);

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db)
            _saving.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? db)
    {
        if (db is null)
            return;
        var ids = ChangedIds(db);
        if (ids.Length > 0)
            _saving.AddOrUpdate(db, ids);
        else
            _saving.Remove(db);
    }

    private static Guid[] ChangedIds(DbContext db) => db.ChangeTracker.Entries()
        .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
        .Select(e => e.Entity switch
        {
            AppUser user => user.Id,
            Firm firm => firm.Id,
            AuthSession session => session.Id,
            _ => Guid.Empty,
        })
        .Where(id => id != Guid.Empty)
        .Distinct()
        .ToArray();
}
