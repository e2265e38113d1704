using System.Diagnostics;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// The real app in a process of its own: this program run with <see cref="Verb"/> hosts one <see cref="AppServer"/>
/// until its stdin closes. EF builds one model per process and binds compiled queries to it, so an app with
/// another model (scenario 11's switches off, scenario 12's SQLite) cannot share the bench's process; and both
/// sides of those comparisons run this way, so neither shares a process with the load generator.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string Verb = "--serve-app";
    private const string ReadyMarker = "casetrak-bench-app-ready";
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly Task _drain;

    private AppProcess(Process process, Uri baseAddress, string queryFilters, string logFile, Task drain)
    {
        _process = process;
        BaseAddress = baseAddress;
        QueryFilters = queryFilters;
        LogFile = logFile;
        _drain = drain;
    }

    public Uri BaseAddress { get; }

    /// <summary>The query filters the child's model really has on matters, as it reports them: "Tenant,Barrier" in production.</summary>
    public string QueryFilters { get; }

    /// <summary>The child's console output (its app logs warnings and errors there).</summary>
    public string LogFile { get; }

    public static async Task<AppProcess> StartAsync(string label, DatabaseProvider provider, string connectionString,
        DataModelSwitches switches, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(System.Environment.ProcessPath!)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Harness.RepoRoot.Find(),
        };
        // Run as `dotnet CaseTrak.Bench.dll` or as the apphost: start the child the same way.
        if (Path.GetFileNameWithoutExtension(psi.FileName) == "dotnet")
            psi.ArgumentList.Add(typeof(AppProcess).Assembly.Location);
        foreach (var a in new[] { Verb, provider.ToString(), connectionString, $"{switches.TenantFilter}", $"{switches.BarrierFilter}", $"{switches.AuditTrail}" })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("The app process did not start.");
        var logFile = Path.Combine(Path.GetTempPath(), "casetrak-bench", $"app-{label}-{process.Id}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var log = TextWriter.Synchronized(new StreamWriter(logFile) { AutoFlush = true });
        var errors = CopyAsync(process.StandardError, log); // drained from the start: a full pipe would stall the child
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(StartLimit);
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (!line.StartsWith(ReadyMarker, StringComparison.Ordinal))
                {
                    await log.WriteLineAsync(line);
                    continue;
                }
                // "<marker> <base address> <filters>"; keep reading stdout too so the child never blocks on it.
                var parts = line.Split(' ');
                var drain = Task.WhenAll(CopyAsync(process.StandardOutput, log), errors).ContinueWith(_ => log.Dispose(), TaskScheduler.Default);
                return new AppProcess(process, new Uri(parts[1]), parts[2], logFile, drain);
            }
            throw new InvalidOperationException($"The {label} app exited before it was ready; see {logFile}.");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            log.Dispose();
            throw;
        }
    }

    /// <summary>The child side: host the app until the parent closes our stdin.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(args[0]);
        var switches = new DataModelSwitches(bool.Parse(args[2]), bool.Parse(args[3]), bool.Parse(args[4]));
        await using var app = await AppServer.StartAsync(args[1], new Dictionary<string, string?> { ["Database:Provider"] = provider.ToString() },
            services => services.AddSingleton(switches), CancellationToken.None);
        Console.Out.WriteLine($"{ReadyMarker} {app.BaseAddress} {QueryFiltersOnMatters(app)}");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static string QueryFiltersOnMatters(AppServer app)
    {
        using var scope = app.Services.CreateScope();
        var matter = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.FindEntityType(typeof(Matter))!;
        var names = new[] { AppDbContext.TenantFilter, AppDbContext.BarrierFilter }.Where(n => matter.FindDeclaredQueryFilter(n) is not null).ToList();
        return names.Count == 0 ? "none" : string.Join(',', names);
    }

    private static async Task CopyAsync(StreamReader from, TextWriter to)
    {
        while (await from.ReadLineAsync() is { } line)
            await to.WriteLineAsync(line);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        await _drain;
        _process.Dispose();
    }
}
