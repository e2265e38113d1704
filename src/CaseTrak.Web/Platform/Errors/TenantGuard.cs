using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Errors;

/// <summary>
/// Turns a lookup that found nothing into the same 404 a missing id gets, and, when the id belongs to
/// another firm or to a matter behind a barrier the caller is outside of, records an AccessDenied event in
/// the caller's firm first (SECURITY.md).
/// </summary>
public sealed class TenantGuard(AppDbContext db, AuditLog audit)
{
    public async Task<NotFoundException> NotFoundAsync<T>(Guid id, CancellationToken ct) where T : class
    {
        var foreign = await db.Set<T>().IgnoreQueryFilters([AppDbContext.TenantFilter, AppDbContext.BarrierFilter])
            .AnyAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
        if (foreign && db.CurrentFirmId != Guid.Empty)
        {
            db.ChangeTracker.Clear();
            audit.Record(AuditAction.AccessDenied, typeof(T).Name, id, AuditOutcome.Denied);
            await db.SaveChangesAsync(ct);
        }
        return new NotFoundException(typeof(T).Name);
    }
}
