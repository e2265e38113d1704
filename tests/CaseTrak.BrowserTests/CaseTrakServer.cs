using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTrak.BrowserTests;

/// <summary>
/// The real app on a real Kestrel socket (a browser cannot talk to the in-memory TestServer), with its
/// SQLite database, document store and mail pickup folder in one temporary directory.
/// </summary>
internal sealed class CaseTrakServer(string root) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        // Kestrel reports the bound address, possibly as "localhost"; browsers must use the IPv4 loopback.
        BaseAddress = new Uri($"http://127.0.0.1:{new Uri(addresses.First()).Port}/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:CaseTrak", $"Data Source={Path.Combine(root, "casetrak.db")}");
        builder.UseSetting("Storage:Root", Path.Combine(root, "storage"));
        builder.UseSetting("Mail:PickupFolder", Path.Combine(root, "mail"));
        builder.UseSetting("Demo:Seed", "false");
        // Every test signs in from 127.0.0.1; the per-address sign-in limit is not what these tests check.
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
