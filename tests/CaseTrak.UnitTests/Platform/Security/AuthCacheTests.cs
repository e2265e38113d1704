using CaseTrak.Web.Platform.Security.Sessions;

namespace CaseTrak.UnitTests.Platform.Security;

public sealed class AuthCacheTests
{
    private static readonly Guid User = Guid.CreateVersion7();
    private static readonly Guid Firm = Guid.CreateVersion7();

    private static AuthCache NewCache(bool enabled = true) => new(TimeProvider.System, enabled);

    [Fact]
    public void An_entry_is_served_until_something_it_depends_on_is_invalidated()
    {
        using var cache = NewCache();
        cache.Set("k", "v", cache.Ticket(), [User, Firm]);

        Assert.True(cache.TryGet("k", out string served));
        Assert.Equal("v", served);

        cache.Invalidate([Firm]);

        Assert.False(cache.TryGet("k", out string _));
    }

    [Fact]
    public void An_entry_read_before_an_invalidation_is_never_stored_after_it()
    {
        using var cache = NewCache();
        var ticket = cache.Ticket(); // the rows are read now…
        cache.Invalidate([User]);    // …a change commits meanwhile…

        cache.Set("k", "stale", ticket, [User]); // …and the old rows arrive late.

        Assert.False(cache.TryGet("k", out string _));
    }

    [Fact]
    public void Invalidating_someone_else_leaves_an_entry_alone()
    {
        using var cache = NewCache();
        cache.Set("k", "v", cache.Ticket(), [User]);

        cache.Invalidate([Guid.CreateVersion7()]);

        Assert.True(cache.TryGet("k", out string _));
    }

    [Fact]
    public void A_suspended_cache_serves_nothing_and_forgets_what_it_had()
    {
        using var cache = NewCache();
        var before = cache.Ticket();
        cache.Set("k", "v", before, [User]);

        cache.Suspend();
        cache.Set("other", "v", cache.Ticket(), [User]);

        Assert.False(cache.TryGet("k", out string _));
        Assert.False(cache.TryGet("other", out string _));
        cache.Resume();
        Assert.False(cache.TryGet("k", out string _));
        cache.Set("late", "v", before, [User]); // read before the outage: cannot be trusted
        Assert.False(cache.TryGet("late", out string _));
        cache.Set("fresh", "v", cache.Ticket(), [User]);
        Assert.True(cache.TryGet("fresh", out string _));
    }

    [Fact]
    public void A_cache_that_starts_disabled_stores_nothing_until_resumed()
    {
        using var cache = NewCache(enabled: false);
        cache.Set("k", "v", cache.Ticket(), [User]);

        Assert.False(cache.Enabled);
        Assert.False(cache.TryGet("k", out string _));
    }

    [Fact]
    public void An_entry_expires_no_later_than_asked()
    {
        using var cache = NewCache();
        cache.Set("k", "v", cache.Ticket(), [User], expiresAt: DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.False(cache.TryGet("k", out string _));
    }
}
