using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Loads one matter through the tenant and barrier filters: a missing, foreign or barred id is the same 404
/// (with an AccessDenied audit event for the last two). Every matter route starts here.
/// </summary>
public sealed class GetMatterHandler(AppDbContext db, TenantGuard guard)
{
    // Compiled: every matter route starts here (PERFORMANCE.md scenario 3).
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Matter?>> FindReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Set<Matter>().AsNoTracking().SingleOrDefault(m => m.Id == id));

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Matter?>> FindTracked =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Set<Matter>().SingleOrDefault(m => m.Id == id));

    public async Task<Matter> LoadAsync(Guid id, CancellationToken ct, bool tracked = false) =>
        await (tracked ? FindTracked : FindReadOnly)(db, id, ct) ?? throw await guard.NotFoundAsync<Matter>(id, ct);

    /// <summary>
    /// The matter with its client, people, practice area and team in one round trip, as a compiled query: this is
    /// the most-read route (PERFORMANCE.md scenario 2), and building the query tree each time cost more than
    /// running it. The client's name is read from the contacts table directly, read-only, for the same reason.
    /// </summary>
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<MatterRow?>> FindMatter =
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken _) => db.Set<Matter>().AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MatterRow(
                m,
                db.Set<Contact>().Where(c => c.Id == m.ClientId).Select(c => c.DisplayName).FirstOrDefault(),
                db.Users.Where(u => u.Id == m.ResponsibleUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Users.Where(u => u.Id == m.SupervisingUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Set<PracticeArea>().Where(p => p.Id == m.PracticeAreaId).Select(p => p.Name).FirstOrDefault(),
                db.MatterBarriers.Any(b => b.MatterId == m.Id),
                // `t.MatterId == id` as well as the correlation: EF joins the team as a derived table, and SQLite
                // fills that table before joining, so without the id it read every team row of the firm (685 ms per
                // GET at 300,000 team rows instead of 0.1 ms).
                db.Set<MatterTeamMember>().Where(t => t.MatterId == m.Id && t.MatterId == id)
                    .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new UserRef(u.Id, u.DisplayName)).ToList()))
            .AsSingleQuery()
            .SingleOrDefault());

    public async Task<MatterDto> HandleAsync(Guid id, CancellationToken ct)
    {
        var row = await FindMatter(db, id, ct) ?? throw await guard.NotFoundAsync<Matter>(id, ct);
        var team = row.Team.OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
        return MatterDto.From(row.Matter, row.ClientName, row.PracticeArea, row.ResponsibleName, row.SupervisingName, team, row.Restricted);
    }

    private sealed record MatterRow(Matter Matter, string? ClientName, string? ResponsibleName, string? SupervisingName,
        string? PracticeArea, bool Restricted, List<UserRef> Team);

    /// <summary>The answer after a change: read back as GET would answer it.</summary>
    public Task<MatterDto> ToDtoAsync(Matter m, CancellationToken ct) => HandleAsync(m.Id, ct);
}
