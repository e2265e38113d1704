using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record SetTeamRequest(Guid[]? UserIds);

/// <summary>Replaces the matter's team with the users named; the audit event lists who joined and who left.</summary>
public sealed class SetMatterTeamHandler(AppDbContext db, GetMatterHandler get, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRef>> HandleAsync(Guid matterId, SetTeamRequest request, int? expectedVersion, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        MatterVersion.Check(matter, expectedVersion);
        var wanted = (request.UserIds ?? []).Where(u => u != Guid.Empty).Distinct().ToList();
        await MatterLookups.EnsureActiveUsersAsync(db, wanted, "userIds", ct);

        var current = await db.Set<MatterTeamMember>().Where(t => t.MatterId == matterId).ToListAsync(ct);
        var removed = current.Where(t => !wanted.Contains(t.UserId)).ToList();
        var added = wanted.Where(u => current.All(t => t.UserId != u)).ToList();
        if (removed.Count > 0 || added.Count > 0)
        {
            db.RemoveRange(removed);
            db.AddRange(added.Select(u => new MatterTeamMember { MatterId = matterId, UserId = u }));
            matter.LastActivityAt = clock.GetUtcNow().UtcDateTime;
            matter.Version++;
            audit.Record(AuditAction.MatterTeamChanged, "Matter", matterId, details: new { added, removed = removed.Select(r => r.UserId) });
            await db.SaveChangesAsync(ct);
        }
        var names = await UserNames.OfAsync(db, wanted, ct);
        return wanted.Select(u => new UserRef(u, names.GetValueOrDefault(u, ""))).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
    }
}
