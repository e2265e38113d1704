using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// Tells the <see cref="AuthCache"/> of this node and of every other node that users, firms or sessions changed.
/// Inside a transaction the news waits for the commit (a rollback drops it), because another node that hears
/// it early would reload the old rows and keep them.
/// </summary>
public sealed class AuthChanges(AuthCache cache, AuthChangeChannel channel)
{
    private readonly ConditionalWeakTable<DbTransaction, HashSet<Guid>> _pending = new();

    public async Task ChangedAsync(DbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return;
        // Also now, so that this node stops serving the old entries while the change is being written.
        cache.Invalidate(ids);
        if (db.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            var pending = _pending.GetOrCreateValue(transaction);
            lock (pending)
                pending.UnionWith(ids);
            return;
        }
        await CommittedAsync(ids, ct);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, CancellationToken ct)
    {
        if (!_pending.TryGetValue(transaction, out var pending))
            return;
        _pending.Remove(transaction);
        Guid[] ids;
        lock (pending)
            ids = [.. pending];
        await CommittedAsync(ids, ct);
    }

    public void TransactionRolledBack(DbTransaction transaction) => _pending.Remove(transaction);

    private async Task CommittedAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        cache.Invalidate(ids);
        await channel.PublishAsync(ids, ct);
    }
}
