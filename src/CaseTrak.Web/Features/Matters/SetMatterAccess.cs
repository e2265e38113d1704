using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record SetMatterAccessRequest(bool Restricted, Guid[]? UserIds);

public sealed record MatterAccessDto(Guid MatterId, bool Restricted, IReadOnlyList<UserRef> Users);

/// <summary>
/// Puts a matter behind an information barrier, changes who is inside, or lifts it (docs/adr/0007). Only the
/// COLP, or a Partner who is the matter's responsible or supervising fee earner, may; the caller always stays
/// inside so nobody locks themselves out. The COLP sees behind every barrier anyway.
/// </summary>
public sealed class SetMatterAccessHandler(AppDbContext db, GetMatterHandler get, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<MatterAccessDto> GetAsync(Guid matterId, CancellationToken ct)
    {
        await get.LoadAsync(matterId, ct);
        var restricted = await db.MatterBarriers.AnyAsync(b => b.MatterId == matterId, ct);
        var members = await db.MatterBarrierMembers.Where(m => m.MatterId == matterId).Select(m => m.UserId).ToListAsync(ct);
        return await ToDtoAsync(matterId, restricted, members, ct);
    }

    /// <param name="expectedVersion">The matter version the caller read (the API's If-Match); a newer one is a 412.</param>
    public async Task<MatterAccessDto> HandleAsync(Guid matterId, SetMatterAccessRequest request, int? expectedVersion, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        MatterVersion.Check(matter, expectedVersion);
        var caller = await me.LoadAsync(ct);
        var isPartnerOnMatter = caller.Roles.HasFlag(UserRoles.Partner) && (matter.ResponsibleUserId == caller.Id || matter.SupervisingUserId == caller.Id);
        if (!caller.Duties.HasFlag(ComplianceDuties.Colp) && !isPartnerOnMatter)
            throw new ForbiddenException("Only the COLP, or a Partner responsible for or supervising this matter, may change who can see it.");

        var wanted = request.Restricted ? (request.UserIds ?? []).Where(u => u != Guid.Empty).Append(caller.Id).Distinct().ToList() : [];
        await MatterLookups.EnsureActiveUsersAsync(db, wanted, "userIds", ct);

        var barrier = await db.MatterBarriers.SingleOrDefaultAsync(b => b.MatterId == matterId, ct);
        var members = await db.MatterBarrierMembers.Where(m => m.MatterId == matterId).ToListAsync(ct);
        var removed = members.Where(m => !wanted.Contains(m.UserId)).ToList();
        var added = wanted.Where(u => members.All(m => m.UserId != u)).ToList();
        var restrictionChanged = request.Restricted != (barrier is not null);
        if (!restrictionChanged && added.Count == 0 && removed.Count == 0)
            return await ToDtoAsync(matterId, request.Restricted, wanted, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        db.RemoveRange(removed);
        if (barrier is not null && !request.Restricted)
            db.Remove(barrier);
        if (barrier is null && request.Restricted)
            db.Add(new MatterBarrier { FirmId = db.CurrentFirmId, MatterId = matterId, CreatedAt = now, CreatedByUserId = caller.Id });
        db.AddRange(added.Select(u => new MatterBarrierMember { MatterId = matterId, UserId = u }));
        matter.LastActivityAt = now;
        matter.Version++;
        audit.Record(AuditAction.MatterAccessChanged, "Matter", matterId, details: new
        {
            restricted = request.Restricted, added, removed = removed.Select(m => m.UserId),
        });
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(matterId, request.Restricted, wanted, ct);
    }

    private async Task<MatterAccessDto> ToDtoAsync(Guid matterId, bool restricted, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var names = await UserNames.OfAsync(db, userIds, ct);
        return new(matterId, restricted, userIds.Select(u => new UserRef(u, names.GetValueOrDefault(u, "")))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList());
    }
}
