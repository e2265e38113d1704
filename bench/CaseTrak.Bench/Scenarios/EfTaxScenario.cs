using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 3 — EF tax on the hottest queries. Subject: each <see cref="HotQueries"/> entry run through the app's own
/// handler, scoped services and pooled AppDbContext inside this process (no HTTP). Baseline: raw Npgsql replaying
/// exactly the commands EF sent for it (same SQL text and parameter values, captured once when warm) and reading
/// every column of every row. Both are closed loops of N concurrent operations; ratio = EF ops/s ÷ raw ops/s.
/// Goal: each ≥ 0.8×. One row (the query closest to failing), every query in the notes.
/// </summary>
public sealed partial class EfTaxScenario : IScenario
{
    private static readonly Goal EachAtLeast = Goal.AtLeast(0.8, "each ≥ 0.8× raw");

    public int Id => 3;
    public string Name => "EF tax, hottest queries";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var app = context.Bed.App.Services;
        var user = await AppRequestScope.PrincipalAsync(app, context.Bed.Token);
        var captured = await CaptureAsync(app, user, HotQueries.For(context.Bed.Firm, context.Bed.Token), context.Log, ct);
        // The raw side connects exactly as the app does (pool size, reset on close, auto-prepare).
        await using var raw = NpgsqlDataSource.Create(AppConnectionString(app));

        var parts = new List<(string, ScenarioResult)>();
        foreach (var (query, commands) in captured.Where(c => c.Commands.Count > 0))
        {
            context.Log.WriteLine($"  {query.Name}");
            var rounds = await context.Abba.RunAsync(
                context.ClosedLoop("raw Npgsql", token => RawReplay.RunAsync(raw, commands, token)),
                context.ClosedLoop("EF (app handler)", Subject(app, user, query)), ct);
            parts.Add((query.Name, ScenarioResult.From(Id, query.Name, rounds, EachAtLeast, PerSecond,
                [$"{commands.Count} SQL command{(commands.Count == 1 ? "" : "s")} per operation"])));
        }
        var notCached = captured.Where(c => c.Commands.Count == 0)
            .Select(c => $"{c.Query.Name}: sends no SQL once warm (answered from the app's cache), not measured");
        return CombinedResult.Of(Id, Name, parts,
            notCached.Append($"closed loops of {context.Options.Connections}; an operation is one handler call, EF side in a fresh request scope each time"));
    }

    private static string AppConnectionString(IServiceProvider app)
    {
        using var scope = app.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
    }

    private static LoadOperation Subject(IServiceProvider app, ClaimsPrincipal user, HotQuery query) => async ct =>
    {
        await RunOnceAsync(app, user, query, ct);
        return true;
    };

    /// <summary>Runs each query once to warm it (JIT, EF's query cache, the app's caches), then records a second run.</summary>
    private static async Task<List<(HotQuery Query, IReadOnlyList<CapturedCommand> Commands)>> CaptureAsync(
        IServiceProvider app, ClaimsPrincipal user, IReadOnlyList<HotQuery> queries, TextWriter log, CancellationToken ct)
    {
        using var capture = new SqlCapture();
        var result = new List<(HotQuery, IReadOnlyList<CapturedCommand>)>();
        foreach (var query in queries)
        {
            await RunOnceAsync(app, user, query, ct);
            var commands = await capture.RecordAsync(() => RunOnceAsync(app, user, query, ct));
            log.WriteLine($"  {query.Name}: {commands.Count} SQL command(s)");
            foreach (var c in commands)
                log.WriteLine("      " + OneLine(c.Sql));
            result.Add((query, commands));
        }
        return result;
    }

    /// <summary>One operation as a request would run it: a fresh scope, the tenant set, the handler called.</summary>
    private static async Task RunOnceAsync(IServiceProvider app, ClaimsPrincipal user, HotQuery query, CancellationToken ct)
    {
        await using var scope = AppRequestScope.Begin(app, user);
        await query.RunAsync(scope, ct);
    }

    private static string OneLine(string sql)
    {
        var line = Whitespace().Replace(sql, " ").Trim();
        return line.Length <= 400 ? line : line[..400] + " …";
    }

    private static string PerSecond(Sample s) => string.Create(CultureInfo.InvariantCulture, $"{s.Value:N0} ops/s");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
