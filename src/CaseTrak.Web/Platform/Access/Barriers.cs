using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Access;

/// <summary>
/// The only ways past the barrier filter. The conflict search must find a party on a restricted matter, and
/// shows such a hit without any detail ("a possible conflict on a restricted matter: ask the COLP"). Client-money
/// totals (the three-way check, the AR 8.1 total, AR 12 figures) must count every matter, and never show a barred
/// matter's words. Everything else reads through the filter, so a barred matter does not exist for it.
/// </summary>
public static class Barriers
{
    public static IQueryable<T> IncludingBarredForRedaction<T>(this AppDbContext db) where T : class =>
        db.Set<T>().IgnoreQueryFilters([AppDbContext.BarrierFilter]);

    /// <summary>Every row of the firm, barred matters included, for totals that must be complete; the tenant filter stays.</summary>
    public static IQueryable<T> IncludingBarredForTotals<T>(this AppDbContext db) where T : class =>
        db.Set<T>().IgnoreQueryFilters([AppDbContext.BarrierFilter]);

    /// <summary>Whether the current user may see the matter (no barrier, a member, or the COLP).</summary>
    public static Task<bool> CanSeeAsync(this AppDbContext db, Guid matterId, CancellationToken ct) =>
        db.SeesBehindBarriers
            ? Task.FromResult(true)
            : db.MatterBarriers.Where(b => b.MatterId == matterId)
                .AllAsync(b => db.MatterBarrierMembers.Any(m => m.MatterId == b.MatterId && m.UserId == db.CurrentUserId), ct);
}
