using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTrak.IntegrationTests.Matters;

/// <summary>
/// GET matter joins the team as a derived table. PostgreSQL pushes the join into an index scan, but SQLite fills the
/// derived table first, so unless the table is also filtered by the matter id it read every team row of the firm
/// (685 ms per GET at 300,000 team rows). The plan, not a timing, is what can be checked here.
/// </summary>
public sealed class MatterReadPlanTests(TestApp app)
{
    [Fact]
    public async Task Reading_a_matter_on_sqlite_looks_up_only_that_matters_team_rows()
    {
        Assert.SkipWhen(app.IsPostgres, "The plan is SQLite's; PostgreSQL joins through the index itself (EXPLAIN in docs/performance.md).");
        var firm = await TestFirm.CreateAsync(app);
        var member = await firm.AddUserAsync("feeEarner");
        var matter = await firm.OpenMatterAsync();
        var id = matter.Id();
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{id}/team", new { userIds = new[] { member.Id } }, "*").ExpectAsync(200);

        using var capture = new CommandCapture(c => c.CommandText.Contains("matter_team_members", StringComparison.Ordinal)
            && c.Parameters.Cast<SqliteParameter>().Any(p => p.Value is Guid g ? g == id : string.Equals(p.Value as string, id.ToString(), StringComparison.OrdinalIgnoreCase)));
        await Task.Delay(TimeSpan.FromSeconds(1.2), TestContext.Current.CancellationToken); // EF caches "is anyone listening" for a second
        var read = await firm.Admin.GetAsync($"/api/v1/matters/{id}").ExpectJsonAsync(200);
        Assert.Equal([member.Id], read.GetProperty("team").EnumerateArray().Select(u => u.Id()));

        var command = Assert.Single(capture.Commands);
        var plan = await ExplainAsync(command);
        var teamSteps = plan.Where(step => step.Contains("matter_team_members", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(teamSteps);
        Assert.All(teamSteps, step => Assert.Contains("matter_id=?", step, StringComparison.Ordinal));
    }

    private async Task<List<string>> ExplainAsync(CapturedSqliteCommand command)
    {
        await using var connection = new SqliteConnection(app.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            steps.Add(reader.GetString(3));
        return steps;
    }

    private sealed record CapturedSqliteCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Commands EF reports to its DiagnosticListener that match; other tests' commands run alongside and are ignored.</summary>
    private sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Func<SqliteCommand, bool> _wanted;
        private readonly ConcurrentQueue<CapturedSqliteCommand> _commands = new();
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];

        public CommandCapture(Func<SqliteCommand, bool> wanted)
        {
            _wanted = wanted;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IReadOnlyList<CapturedSqliteCommand> Commands => [.. _commands];

        void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                _subscriptions.Add(listener.Subscribe(this, (name, _, _) => name == RelationalEventId.CommandExecuting.Name));
        }

        void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Value is CommandEventData { Command: SqliteCommand command } && _wanted(command))
                _commands.Enqueue(new(command.CommandText, [.. command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value))]));
        }

        void IObserver<DiagnosticListener>.OnCompleted() { }
        void IObserver<DiagnosticListener>.OnError(Exception error) { }
        void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
        void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

        public void Dispose()
        {
            foreach (var s in _subscriptions)
                s.Dispose();
        }
    }
}
