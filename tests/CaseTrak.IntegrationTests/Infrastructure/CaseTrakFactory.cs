using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTrak.IntegrationTests.Infrastructure;

/// <summary>The real app over an in-memory server, configured only through settings (the app reads them lazily).</summary>
public sealed class CaseTrakFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production behaviour (no developer exception page, no bad-request exceptions) is what users meet.
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        // The same hash format and checks with a cheaper work factor: every test creates users and signs in,
        // and 100,000 PBKDF2 rounds each time would be most of the suite's CPU on two cores.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }
}
