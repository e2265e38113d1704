using CaseTrak.Web.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

internal static class DataServices
{
    public const string DefaultSqlitePath = "./data/casetrak.db";

    public static IServiceCollection AddCaseTrakData(this IServiceCollection services, IConfiguration configuration)
    {
        MigrationsAssemblyLoader.Register();
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("CaseTrak");
        var options = BuildOptions(provider, connectionString);

        services.AddSingleton(options);
        services.AddSingleton(new DatabaseOptions { Provider = provider });
        services.AddSingleton<TenantDbContextFactory>();
        services.AddScoped<TenantContext>();
        services.AddScoped(sp => sp.GetRequiredService<TenantDbContextFactory>().Create(sp.GetRequiredService<TenantContext>()));
        services.AddScoped<FirmCounters>();
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
