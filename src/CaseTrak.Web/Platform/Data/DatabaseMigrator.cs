using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

/// <summary>Applies pending migrations of the configured provider at start-up.</summary>
internal static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
        await using (db)
            await db.Database.MigrateAsync(ct);
    }
}
