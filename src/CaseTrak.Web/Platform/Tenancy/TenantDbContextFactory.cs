using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseTrak.Web.Platform.Tenancy;

/// <summary>
/// The only way to obtain an <see cref="AppDbContext"/>. The pool is private, so no context can leave it
/// without its tenant set: pooling does not reset custom properties, and a stray context could otherwise
/// carry the previous request's firm.
/// </summary>
internal sealed class TenantDbContextFactory(DbContextOptions<AppDbContext> options, DataModelSwitches switches)
{
    private readonly PooledDbContextFactory<AppDbContext> _pool = new(options, poolSize: 256);

    public AppDbContext Create(TenantContext tenant)
    {
        var context = _pool.CreateDbContext();
        context.Tenant = tenant;
        context.Switches = switches;
        return context;
    }
}
