using System.Net.Http.Json;
using CaseTrak.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// The real CaseTrak app (CaseTrakApp.Build, the same composition root as production) on Kestrel at
/// 127.0.0.1 on a free port, against PostgreSQL, with rate limits raised out of the way and quiet logs.
/// Starting it applies the app's migrations.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AppServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The running app's container: scenario 3 runs the app's own handlers and EF queries through it.</summary>
    public IServiceProvider Services => _app.Services;

    public static Task<AppServer> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? overrides, CancellationToken ct) =>
        StartAsync(connectionString, overrides, null, ct);

    /// <param name="services">Registrations made before the app's own (which use TryAdd where the bench may
    /// substitute, e.g. scenario 11's DataModelSwitches).</param>
    public static async Task<AppServer> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? overrides,
        Action<IServiceCollection>? services, CancellationToken ct)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:CaseTrak"] = connectionString,
            ["Demo:Seed"] = "false",
            ["RateLimits:SignInPerMinute"] = "1000000",
            ["RateLimits:UserPerMinute"] = "100000000",
            ["RateLimits:FirmPerMinute"] = "100000000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
            // Keys live in the throwaway database; the warning about unencrypted keys is noise here.
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Storage:Root"] = Path.Combine(Path.GetTempPath(), "casetrak-bench-storage"),
            ["Mail:PickupFolder"] = Path.Combine(Path.GetTempPath(), "casetrak-bench-mail"),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;

        // The web project's folder as content root, so wwwroot and appsettings resolve as in production.
        var contentRoot = Path.Combine(Harness.RepoRoot.Find(), "src", "CaseTrak.Web");
        var app = CaseTrakApp.Build(["--contentRoot", contentRoot], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new AppServer(app, new Uri($"http://127.0.0.1:{new Uri(address).Port}/"));
    }

    /// <summary>Signs in through the public API and returns the bearer token.</summary>
    public Task<string> SignInAsync(string email, string password, CancellationToken ct) => SignInAsync(BaseAddress, email, password, ct);

    /// <summary>Signs in to the app at that address (in this process or another).</summary>
    public static async Task<string> SignInAsync(Uri baseAddress, string email, string password, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {body}");
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
