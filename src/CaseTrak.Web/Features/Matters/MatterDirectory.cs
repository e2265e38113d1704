using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>What other modules read of matters; the barrier filter makes a barred matter simply absent.</summary>
internal sealed class MatterDirectory(AppDbContext db) : IMatterDirectory
{
    public Task<MatterSummary?> FindAsync(Guid matterId, CancellationToken ct) =>
        db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new MatterSummary(m.Id, m.Reference, m.Title, m.ClientId, m.Status, m.ResponsibleUserId)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<MatterSummary>> ForClientAsync(Guid contactId, CancellationToken ct) =>
        await db.Set<Matter>().AsNoTracking().Where(m => m.ClientId == contactId)
            .OrderByDescending(m => m.LastActivityAt).ThenByDescending(m => m.Id)
            .Select(m => new MatterSummary(m.Id, m.Reference, m.Title, m.ClientId, m.Status, m.ResponsibleUserId)).ToListAsync(ct);
}
