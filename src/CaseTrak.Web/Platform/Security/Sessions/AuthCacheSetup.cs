using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseTrak.Web.Platform.Security.Sessions;

internal static class AuthCacheSetup
{
    public static IServiceCollection AddAuthCache(this IServiceCollection services)
    {
        // On PostgreSQL the cache stays off until this node is listening for other nodes' changes.
        services.AddSingleton(sp => new AuthCache(sp.GetRequiredService<TimeProvider>(),
            enabled: sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite));
        services.AddSingleton<AuthChangeChannel>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? new PostgresAuthChangeChannel(ChannelDataSource(sp), sp.GetRequiredService<AuthCache>(), sp.GetRequiredService<ILogger<PostgresAuthChangeChannel>>())
            : new AuthChangeChannel());
        services.AddHostedService(sp => sp.GetRequiredService<AuthChangeChannel>());
        services.AddSingleton<AuthChanges>();
        services.AddSingleton<IInterceptor>(sp => new AuthChangeInterceptor(sp.GetRequiredService<AuthChanges>));
        return services;
    }

    /// <summary>
    /// A small pool of its own, with keep-alives so a dead listening connection is noticed. LISTEN needs a session
    /// of its own on the server, so behind a transaction-pooling PgBouncer set ConnectionStrings:CaseTrakListen to
    /// a direct (or session-pooled) connection.
    /// </summary>
    private static NpgsqlDataSource ChannelDataSource(IServiceProvider sp)
    {
        var configuration = sp.GetRequiredService<IConfiguration>();
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("CaseTrakListen") ?? configuration.GetConnectionString("CaseTrak"))
        {
            KeepAlive = 15,
            MaxPoolSize = 4,
            ApplicationName = "casetrak-auth-channel",
        };
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
