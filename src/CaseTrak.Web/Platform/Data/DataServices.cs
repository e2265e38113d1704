using CaseTrak.Web.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
            sp.GetRequiredService<IConfiguration>().GetConnectionString("CaseTrak")));
        services.AddSingleton<TenantDbContextFactory>();
        services.AddScoped<TenantContext>();
        services.AddScoped(sp => sp.GetRequiredService<TenantDbContextFactory>().Create(sp.GetRequiredService<TenantContext>()));
        services.AddScoped<FirmCounters>();
        services.AddHostedService<StartupTasks>();
        return services;
    }

    public static DbContextOptions<AppDbContext> BuildOptions(DatabaseProvider provider, string? connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:CaseTrak is empty.");
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly("CaseTrak.Migrations.Postgres"));
        }
        else
        {
            builder.UseSqlite(SqliteConnectionString(connectionString), o => o.MigrationsAssembly("CaseTrak.Migrations.Sqlite"))
                .AddInterceptors(new SqliteDurabilityInterceptor());
        }
        builder.UseSnakeCaseNamingConvention();
        return builder.Options;
    }

    private static string SqliteConnectionString(string? configured)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqlitePath}" : configured)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        return csb.ToString();
    }
}
