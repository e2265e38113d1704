using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Infrastructure;

/// <summary>SQL straight at the database, the way an intruder with a connection would write it.</summary>
public static class RawSql
{
    public static async Task<int> ExecuteAsync(TestApp app, FormattableString sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
        await using (db)
            return await db.Database.ExecuteSqlAsync(sql);
    }

    /// <summary>
    /// Runs the statement with the append-only triggers out of the way and puts them back, all in one
    /// transaction, so no other test ever meets an unguarded table (SQLite DDL is transactional; PostgreSQL's
    /// ALTER TABLE holds its lock until commit).
    /// </summary>
    public static async Task<int> BypassingAuditTriggersAsync(TestApp app, FormattableString sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
        await using (db)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            int changed;
            if (app.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_events DISABLE TRIGGER USER");
                changed = await db.Database.ExecuteSqlAsync(sql);
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_events ENABLE TRIGGER USER");
            }
            else
            {
                var names = await db.Database.SqlQueryRaw<string>(
                    "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'").ToListAsync();
                var definitions = await db.Database.SqlQueryRaw<string>(
                    "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'").ToListAsync();
                Assert.NotEmpty(names);
                foreach (var name in names)
                    await db.Database.ExecuteSqlRawAsync(string.Concat("DROP TRIGGER \"", name, "\""));
                changed = await db.Database.ExecuteSqlAsync(sql);
                foreach (var definition in definitions)
                    await db.Database.ExecuteSqlRawAsync(definition);
            }
            await transaction.CommitAsync();
            return changed;
        }
    }
}
