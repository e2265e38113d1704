using Npgsql;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// NOTIFY after each committed change; every node LISTENs (this one too, harmlessly) and invalidates its
/// <see cref="AuthCache"/>. While the listening connection is down a node may miss news, so its cache is
/// suspended until it is listening again.
/// </summary>
internal sealed class PostgresAuthChangeChannel(NpgsqlDataSource dataSource, AuthCache cache, ILogger<PostgresAuthChangeChannel> log)
    : AuthChangeChannel, IAsyncDisposable
{
    public const string Channel = "casetrak_auth";
    // A NOTIFY payload must stay under 8,000 bytes; a GUID with its comma takes 37.
    private const int IdsPerNotice = 200;

    private readonly CancellationTokenSource _stop = new();
    private Task? _listening;

    public override async Task PublishAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand();
        foreach (var chunk in ids.Chunk(IdsPerNotice))
        {
            command.CommandText = "SELECT pg_notify($1, $2)";
            command.Parameters.Clear();
            command.Parameters.Add(new NpgsqlParameter { Value = Channel });
            command.Parameters.Add(new NpgsqlParameter { Value = string.Join(',', chunk) });
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override Task StartAsync(CancellationToken ct)
    {
        _listening = Task.Run(() => ListenAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        await _stop.CancelAsync();
        if (_listening is not null)
            await _listening.WaitAsync(ct);
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stop);
                connection.Notification += (_, notice) => cache.Invalidate(Parse(notice.Payload));
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stop);
                cache.Resume();
                while (true)
                    await connection.WaitAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                cache.Suspend();
                log.LogWarning(e, "Lost the {Channel} channel; sign-ins are checked against the database until it is back", Channel);
                try { await Task.Delay(TimeSpan.FromSeconds(2), stop); }
                catch (OperationCanceledException) { break; }
            }
        }
        cache.Suspend();
    }

    private static IEnumerable<Guid> Parse(string payload) =>
        payload.Split(',').Select(part => Guid.TryParse(part, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty);

    public async ValueTask DisposeAsync()
    {
        _stop.Dispose();
        await dataSource.DisposeAsync();
    }
}
