using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTrak.IntegrationTests.Infrastructure;

/// <summary>
/// One running app per test process (an assembly fixture), on the provider the environment asks for. Tests
/// share it and stay apart by each creating its own firm.
/// </summary>
public sealed class TestApp : IAsyncLifetime
{
    public const int GenerousLimit = 1_000_000;

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"casetrak-it-{Guid.NewGuid():N}");
    private TestDatabase? _database;
    private CaseTrakFactory? _factory;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The app has not started.");
    public CaseTrakFactory Factory => _factory ?? throw new InvalidOperationException("The app has not started.");
    public IServiceProvider Services => Factory.Services;
    public string MailFolder => Path.Combine(_root, "mail");
    public string StorageRoot => Path.Combine(_root, "blobs");
    public bool IsPostgres => Database.IsPostgres;

    public async ValueTask InitializeAsync()
    {
        // SQLite waits for its single writer by blocking the calling thread; tests that run twenty writers at
        // once would otherwise starve a two-core thread pool that grows by about one thread a second.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        Directory.CreateDirectory(_root);
        _database = await TestDatabase.CreateAsync(_root);
        _factory = new CaseTrakFactory(Settings());
        _ = _factory.Server; // starts the host: migrations run before the first request
    }

    /// <summary>The app's settings for this run, with any overrides (e.g. a low rate limit).</summary>
    public Dictionary<string, string?> Settings(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:CaseTrak"] = Database.ConnectionString,
            ["Storage:Root"] = StorageRoot,
            ["Mail:PickupFolder"] = MailFolder,
            ["RateLimits:SignInPerMinute"] = GenerousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:UserPerMinute"] = GenerousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:FirmPerMinute"] = GenerousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        foreach (var (key, value) in overrides)
            settings[key] = value;
        return settings;
    }

    /// <summary>The same settings as `--key value` pairs, for the operator commands.</summary>
    public IEnumerable<string> SettingsAsArgs() => Settings()
        .Where(s => s.Key.StartsWith("Database:", StringComparison.Ordinal) || s.Key.StartsWith("ConnectionStrings:", StringComparison.Ordinal)
            || s.Key.StartsWith("Serilog:", StringComparison.Ordinal))
        .SelectMany(s => new[] { "--" + s.Key, s.Value ?? "" });

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password, string? twoFactorCode = null) =>
        CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode });

    /// <summary>Signs in through the API and answers a client that carries the bearer token.</summary>
    public async Task<TestSession> SignInAsync(string email, string password, string? twoFactorCode = null)
    {
        var body = await (await LoginAsync(email, password, twoFactorCode)).ExpectJsonAsync(200);
        var access = body.GetProperty("accessToken").GetString()!;
        return new(CreateClient(access), access, body.GetProperty("refreshToken").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a late connection; the temp folder is cleaned by the OS in time.
        }
    }
}

public sealed record TestSession(HttpClient Client, string AccessToken, string RefreshToken);
