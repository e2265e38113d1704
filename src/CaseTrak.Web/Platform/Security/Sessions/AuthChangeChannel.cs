namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// Carries "these users, firms or sessions changed" to the other app nodes. On SQLite there is one node, so
/// nothing needs carrying; on PostgreSQL it is LISTEN/NOTIFY (<see cref="PostgresAuthChangeChannel"/>).
/// </summary>
public class AuthChangeChannel : IHostedService
{
    public virtual Task PublishAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) => Task.CompletedTask;

    public virtual Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public virtual Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
