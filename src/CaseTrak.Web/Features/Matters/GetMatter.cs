using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Loads one matter through the tenant and barrier filters: a missing, foreign or barred id is the same 404
/// (with an AccessDenied audit event for the last two). Every matter route starts here.
/// </summary>
public sealed class GetMatterHandler(AppDbContext db, TenantGuard guard, IContactDirectory contacts)
{
    public async Task<Matter> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var matters = tracked ? db.Set<Matter>() : db.Set<Matter>().AsNoTracking();
        return await matters.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw await guard.NotFoundAsync<Matter>(id, ct);
    }

    public async Task<MatterDto> HandleAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadAsync(id, ct), ct);

    public async Task<MatterDto> ToDtoAsync(Matter m, CancellationToken ct)
    {
        var teamIds = await db.Set<MatterTeamMember>().Where(t => t.MatterId == m.Id).Select(t => t.UserId).ToListAsync(ct);
        var userIds = teamIds.Append(m.ResponsibleUserId).Concat(m.SupervisingUserId is { } s ? [s] : []).Distinct().ToList();
        var names = await UserNamesAsync(db, userIds, ct);
        var practiceArea = m.PracticeAreaId is { } pa
            ? await db.Set<PracticeArea>().Where(p => p.Id == pa).Select(p => p.Name).SingleOrDefaultAsync(ct)
            : null;
        var restricted = await db.MatterBarriers.AnyAsync(b => b.MatterId == m.Id, ct);
        var team = teamIds.Select(u => new UserRef(u, names.GetValueOrDefault(u, ""))).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
        return MatterDto.From(m, await contacts.FindAsync(m.ClientId, ct), practiceArea, names, team, restricted);
    }

    /// <summary>Display names of the firm's users, in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> UserNamesAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
}
