using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// Who a bearer token or a cookie belongs to, remembered per app node so that an authenticated request costs
/// no query (PERFORMANCE.md scenario 1). Kept exact by invalidation rather than by expiry: any committed change
/// to a user, a firm or an API session invalidates it here (<see cref="AuthChangeInterceptor"/>) and on every
/// other node (<see cref="AuthChangeChannel"/>), so revocation still takes effect at once.
/// </summary>
/// <remarks>
/// An entry records a ticket taken <em>before</em> its rows were read. It is served only while none of the ids
/// it depends on (session, user, firm) has been invalidated since that ticket, so a read that raced a
/// commit can never be served afterwards. When the cross-node channel is down the cache is bypassed.
/// </remarks>
public sealed class AuthCache : IDisposable
{
    /// <summary>Longest an unchanged entry is kept; the invalidation history is kept as long, then pruned.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const int PruneAbove = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private readonly ConcurrentDictionary<Guid, Invalidation> _invalidated = new();
    private readonly TimeProvider _clock;
    private long _tick;
    private long _clearedAt;
    private volatile bool _enabled;

    public AuthCache(TimeProvider clock, bool enabled)
    {
        _clock = clock;
        _enabled = enabled;
    }

    /// <summary>False while invalidations from other nodes could be missed (the channel is reconnecting).</summary>
    public bool Enabled => _enabled;

    /// <summary>Taken before reading the rows an entry is built from.</summary>
    public long Ticket() => Interlocked.Increment(ref _tick);

    public bool TryGet<T>(string key, out T value) where T : class
    {
        value = null!;
        if (!_enabled || !_entries.TryGetValue(key, out Entry<T>? entry) || entry is null)
            return false;
        if (!IsCurrent(entry.Ticket, entry.DependsOn))
        {
            _entries.Remove(key);
            return false;
        }
        value = entry.Value;
        return true;
    }

    public void Set<T>(string key, T value, long ticket, IReadOnlyList<Guid> dependsOn, DateTimeOffset? expiresAt = null) where T : class
    {
        if (!_enabled || !IsCurrent(ticket, dependsOn))
            return;
        var expiry = _clock.GetUtcNow() + Lifetime;
        if (expiresAt < expiry)
            expiry = expiresAt.Value;
        _entries.Set(key, new Entry<T>(value, ticket, dependsOn), new MemoryCacheEntryOptions { AbsoluteExpiration = expiry, Size = 1 });
    }

    /// <summary>Everything read before now that depends on one of these ids is stale.</summary>
    public void Invalidate(IEnumerable<Guid> ids)
    {
        var now = _clock.GetUtcNow();
        foreach (var id in ids)
        {
            var mark = new Invalidation(Ticket(), now);
            _invalidated.AddOrUpdate(id, mark, (_, _) => mark);
        }
        if (_invalidated.Count > PruneAbove)
            Prune(now);
    }

    /// <summary>Forget everything, and serve nothing until <see cref="Resume"/> (used while the channel is down).</summary>
    public void Suspend()
    {
        _enabled = false;
        Interlocked.Exchange(ref _clearedAt, Ticket());
        _entries.Compact(1.0);
    }

    public void Resume()
    {
        Interlocked.Exchange(ref _clearedAt, Ticket());
        _enabled = true;
    }

    private bool IsCurrent(long ticket, IReadOnlyList<Guid> dependsOn)
    {
        if (ticket <= Interlocked.Read(ref _clearedAt))
            return false;
        foreach (var id in dependsOn)
            if (_invalidated.TryGetValue(id, out var mark) && mark.Ticket >= ticket)
                return false;
        return true;
    }

    /// <summary>Marks older than any live entry can no longer matter.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, mark) in _invalidated)
            if (now - mark.At > Lifetime + TimeSpan.FromMinutes(1))
                _invalidated.TryRemove(id, out _);
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry<T>(T Value, long Ticket, IReadOnlyList<Guid> DependsOn);

    private readonly record struct Invalidation(long Ticket, DateTimeOffset At);
}
