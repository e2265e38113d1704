using CaseTrak.Web.Features.Firms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CaseTrak.BrowserTests.BrowserApp))]

namespace CaseTrak.BrowserTests;

/// <summary>
/// One app server and one Chromium for the whole assembly; each test gets its own firm and its own browser
/// context (cookies, storage), so tests can run in parallel without seeing each other.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    // Debian's Chromium, never a Playwright-downloaded one (STACK.md: no `playwright install`).
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("casetrak-bt-");
    private CaseTrakServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress => Server.BaseAddress;

    public Screenshots Screenshots { get; } = Screenshots.Create();

    private CaseTrakServer Server => server ?? throw new InvalidOperationException("The app has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium chromium-driver (scripts/test.sh does this).");
        server = new CaseTrakServer(root.FullName);
        server.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    public async Task<TestFirm> CreateFirmAsync(string name, CancellationToken ct)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var request = new NewFirm($"{name} {suffix}", $"admin-{suffix}@firm.test", $"Browser-tests-{suffix}-pw", "Alex Morgan");
        await using var scope = Server.Services.CreateAsyncScope();
        var (firm, _) = await scope.ServiceProvider.GetRequiredService<FirmProvisioner>().CreateAsync(request, ct);
        return new TestFirm(firm.Id, firm.Name, request.AdminEmail, request.AdminPassword, request.AdminName);
    }

    /// <summary>
    /// Adds a user with a password straight through Identity: a Partner or fee earner is outside the default
    /// two-factor policy, so a journey can sign in as one without setting up an authenticator first.
    /// </summary>
    public async Task<(string Email, string Password)> AddUserAsync(TestFirm firm, string name, UserRoles roles)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (email, password) = ($"user-{suffix}@firm.test", $"Ledger-{Guid.NewGuid():N}"[..24]);
        await using var scope = Server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CaseTrak.Web.Platform.Tenancy.TenantContext>().Set(firm.Id);
        var user = new AppUser { FirmId = firm.Id, Email = email, UserName = email, DisplayName = name, Roles = roles, CreatedAt = DateTime.UtcNow };
        UserAccounts.ThrowIfFailed(await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CreateAsync(user, password));
        return (email, password);
    }

    /// <summary>Set-up the UI does not offer yet, done on a context scoped to the firm as a request would be.</summary>
    public async Task WithFirmDbAsync(TestFirm firm, Func<CaseTrak.Web.Platform.Data.AppDbContext, Task> work)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CaseTrak.Web.Platform.Tenancy.TenantContext>().Set(firm.Id);
        await work(scope.ServiceProvider.GetRequiredService<CaseTrak.Web.Platform.Data.AppDbContext>());
    }

    /// <summary>A fresh browser context: no cookies from other tests.</summary>
    public async Task<BrowserSession> OpenSessionAsync(string testName)
    {
        var context = await (browser ?? throw new InvalidOperationException("The browser has not started."))
            .NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB" });
        return await BrowserSession.OpenAsync(context, Screenshots, testName);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null)
            await server.DisposeAsync();
        // Pooled SQLite connections keep the database file open.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp directory is cleaned by the OS anyway.
        }
    }
}
