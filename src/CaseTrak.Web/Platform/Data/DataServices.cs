using Npgsql;
using Microsoft.EntityFrameworkCore.Diagnostics;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTrak.Web.Platform.Data;

internal static class DataServices
{
    public const string DefaultSqlitePath = "./data/casetrak.db";

    public static IServiceCollection AddCaseTrakData(this IServiceCollection services)
    {
        MigrationsAssemblyLoader.Register();
        // Read at first use, not at registration, so that every configuration source (tests included) counts.
        services.AddSingleton(sp => new DatabaseOptions
        {
            Provider = sp.GetRequiredService<IConfiguration>().GetValue("Database:Provider", DatabaseProvider.Sqlite),
        });
        services.AddSingleton(sp => BuildOptions(sp.GetRequiredService<DatabaseOptions>().Provider,
            sp.GetRequiredService<IConfiguration>().GetConnectionString("CaseTrak"), [.. sp.GetServices<IInterceptor>()]));
        services.TryAddSingleton(DataModelSwitches.Production); // the bench registers its own first
        services.AddSingleton<TenantDbContextFactory>();
        services.AddScoped<TenantContext>();
        services.AddScoped(sp => sp.GetRequiredService<TenantDbContextFactory>().Create(sp.GetRequiredService<TenantContext>()));
        services.AddScoped<FirmCounters>();
        services.AddHostedService<StartupTasks>();
        return services;
    }

    public static DbContextOptions<AppDbContext> BuildOptions(DatabaseProvider provider, string? connectionString, IInterceptor[]? interceptors = null)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        if (interceptors is { Length: > 0 })
            builder.AddInterceptors(interceptors);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:CaseTrak is empty.");
            builder.UseNpgsql(TunedNpgsqlConnectionString(connectionString), o => o.MigrationsAssembly("CaseTrak.Migrations.Postgres"));
        }
        else
        {
            builder.UseSqlite(SqliteConnectionString(connectionString), o => o.MigrationsAssembly("CaseTrak.Migrations.Sqlite"))
                .AddInterceptors(new SqliteDurabilityInterceptor());
        }
        builder.UseSnakeCaseNamingConvention();
        return builder.Options;
    }

    /// <summary>
    /// No DISCARD ALL when a connection goes back to the pool (the app keeps no session state: settings are
    /// SET LOCAL inside transactions), so the hot queries can stay prepared on the server (docs/adr/0008).
    /// </summary>
    private static string TunedNpgsqlConnectionString(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            csb.NoResetOnClose = true;
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            csb.MaxAutoPrepare = 100;
            csb.AutoPrepareMinUsages = 3;
        }
        return csb.ConnectionString;
    }

    private static string SqliteConnectionString(string? configured)
    {
        // No ForeignKeys=True here: Microsoft.Data.Sqlite would run that PRAGMA on every open, i.e. every query;
        // SqliteDurabilityInterceptor sets foreign_keys once per pooled handle instead.
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqlitePath}" : configured)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        return csb.ToString();
    }
}
