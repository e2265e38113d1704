using System.Data;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>One command EF sent: its exact SQL and a copy of its parameters (names, types and values).</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters, DbCommandMethod Method);

/// <summary>
/// Records the commands EF sends while a piece of app code runs, without touching the app: EF reports every
/// command to the "Microsoft.EntityFrameworkCore" DiagnosticListener, and only commands issued from the flow
/// that started <see cref="RecordAsync"/> are kept. Keep one only for the capture: once it is disposed, EF has
/// no listener to feed. EF caches "is anyone listening" for up to a second (LoggingCacheTime), so recording starts
/// a second after subscribing.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<List<CapturedCommand>?> Recording = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _gate = new();
    private readonly Task _listening = Task.Delay(TimeSpan.FromSeconds(1.2));

    public SqlCapture()
    {
        var all = DiagnosticListener.AllListeners.Subscribe(this); // calls OnNext for every existing listener
        lock (_gate)
            _subscriptions.Add(all);
    }

    public async Task<IReadOnlyList<CapturedCommand>> RecordAsync(Func<Task> run)
    {
        await _listening;
        var commands = new List<CapturedCommand>();
        Recording.Value = commands;
        try { await run(); }
        finally { Recording.Value = null; }
        return commands;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name)
            return;
        lock (_gate)
            _subscriptions.Add(listener.Subscribe(this, (name, _, _) => name == RelationalEventId.CommandExecuting.Name));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Value is not CommandEventData { Command: NpgsqlCommand command } data || Recording.Value is not { } commands)
            return;
        commands.Add(new CapturedCommand(command.CommandText, [.. command.Parameters.Select(p => p.Clone())], data.ExecuteMethod));
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var s in _subscriptions)
                s.Dispose();
            _subscriptions.Clear();
        }
    }
}

/// <summary>Raw Npgsql replaying captured commands: the same SQL and parameter values, every column of every row read.</summary>
public static class RawReplay
{
    public static async ValueTask<bool> RunAsync(NpgsqlDataSource raw, IReadOnlyList<CapturedCommand> commands, CancellationToken ct)
    {
        foreach (var c in commands)
        {
            // Like EF, one pooled connection per command; a parameter belongs to one command, hence the clones.
            await using var cmd = raw.CreateCommand(c.Sql);
            foreach (var p in c.Parameters)
                cmd.Parameters.Add(p.Clone());
            if (c.Method == DbCommandMethod.ExecuteNonQuery)
            {
                await cmd.ExecuteNonQueryAsync(ct);
                continue;
            }
            await using var reader = await cmd.ExecuteReaderAsync(CommandBehavior.Default, ct);
            do
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync(ct))
                    reader.GetValues(values);
            }
            while (await reader.NextResultAsync(ct));
        }
        return true;
    }
}
