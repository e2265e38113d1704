using System.Diagnostics;
using System.Text.Json;
using CaseTrak.Bench.Environment;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Scenarios;
using Npgsql;

namespace CaseTrak.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/CaseTrak.Bench -- --profile S --scenarios 1,2,4`: starts PostgreSQL,
/// seeds (or reuses) the profile's template, starts the app and a bare Kestrel, runs the scenarios and writes
/// the table to the console and bench/results/.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [AppProcess.Verb, .. var appArgs])
            return await AppProcess.ServeAsync(appArgs);
        BenchOptions options;
        try { options = BenchOptions.Parse(args); }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var scenarios = options.Scenarios.Select(ScenarioCatalog.Get).ToList();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var ct = cancel.Token;
        var log = Console.Out;
        var started = DateTimeOffset.UtcNow;
        var wall = Stopwatch.StartNew();
        log.WriteLine($"CaseTrak bench: profile {options.Profile.Name}, scenarios {string.Join(",", options.Scenarios)}, load {MachineInfo.ReadLoadAverage()}");

        await WrkInstaller.EnsureAsync(log, ct);
        await using var bed = await TestBed.StartAsync(options.Profile, scenarios.Any(s => s.NeedsWork), log, ct);
        var machine = MachineInfo.Collect(await bed.Postgres.VersionAsync(ct));
        log.WriteLine($"Machine: {machine}");
        await using var bare = await BareKestrel.StartAsync(await CaptureBodiesAsync(bed, ct), ct);
        // Raw Npgsql at its best, with the same statement preparation the app's connection string gets, so a
        // baseline is never slower only for re-planning each statement.
        await using var raw = NpgsqlDataSource.Create(bed.ConnectionString + ";Max Auto Prepare=100;Auto Prepare Min Usages=3;No Reset On Close=true");
        var context = new ScenarioContext(options, bed, bare, raw, log);

        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            log.WriteLine($"Scenario {scenario.Id}: {scenario.Name}");
            results.Add(await scenario.RunAsync(context, ct));
        }

        var (md, json) = ResultWriter.Save(options, machine with { LoadAverage = MachineInfo.ReadLoadAverage() }, started, wall.Elapsed, results);
        log.WriteLine();
        log.WriteLine(await File.ReadAllTextAsync(md, ct));
        log.WriteLine($"Written {md} and {json}");
        return 0;
    }

    /// <summary>K serves exactly the bodies the app returns, so both sides write the same bytes.</summary>
    private static async Task<Dictionary<string, JsonElement>> CaptureBodiesAsync(TestBed bed, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = bed.App.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", bed.Token);
        async Task<JsonElement> Get(string path)
        {
            using var response = await http.GetAsync(path, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        return new()
        {
            ["me"] = await Get("/api/v1/me"),
            ["matter"] = await Get($"/api/v1/matters/{bed.Firm.MatterId(0)}"),
            ["matters"] = await Get("/api/v1/matters?status=open&limit=50"),
        };
    }
}
