using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

/// <summary>Applies pending migrations of the configured provider.</summary>
internal static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
        await using (db)
            await db.Database.MigrateAsync(ct);
    }
}

/// <summary>
/// Runs before the server accepts requests (hosted services start before Kestrel): migrate, then seed the
/// demo firm when asked (`--demo`, i.e. Demo:Seed=true).
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateAsync(services, cancellationToken);
        if (configuration.GetValue("Demo:Seed", false))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
