using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Access;

/// <summary>
/// The one way past the barrier filter, for the conflict search only: it must find a party on a restricted
/// matter, and shows such a hit without any detail ("a possible conflict on a restricted matter: ask the
/// COLP"). Everything else reads through the filter, so a barred matter does not exist for it.
/// </summary>
public static class Barriers
{
    public static IQueryable<T> IncludingBarredForRedaction<T>(this AppDbContext db) where T : class =>
        db.Set<T>().IgnoreQueryFilters([AppDbContext.BarrierFilter]);

    /// <summary>Whether the current user may see the matter (no barrier, a member, or the COLP).</summary>
    public static Task<bool> CanSeeAsync(this AppDbContext db, Guid matterId, CancellationToken ct) =>
        db.SeesBehindBarriers
            ? Task.FromResult(true)
            : db.MatterBarriers.Where(b => b.MatterId == matterId)
                .AllAsync(b => db.MatterBarrierMembers.Any(m => m.MatterId == b.MatterId && m.UserId == db.CurrentUserId), ct);
}
