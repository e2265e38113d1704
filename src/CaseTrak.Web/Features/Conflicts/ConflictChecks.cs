using Microsoft.EntityFrameworkCore;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>The matters module's view of a check: its decision and client, or null when it does not exist here.</summary>
internal sealed class ConflictChecks(AppDbContext db) : IConflictChecks
{
    public Task<ConflictCheckSummary?> FindAsync(Guid checkId, CancellationToken ct) =>
        db.Set<ConflictCheck>().AsNoTracking().Where(c => c.Id == checkId)
            .Select(c => new ConflictCheckSummary(c.Id, c.Decision, c.ClientId, c.RunAt))
            .SingleOrDefaultAsync(ct);
}
