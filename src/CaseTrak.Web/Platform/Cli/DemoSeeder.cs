using System.Security.Cryptography;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Cli;

/// <summary>Contributes one module's demo data to a freshly created demo firm.</summary>
public interface IDemoContributor
{
    int Order { get; }
    Task SeedAsync(DemoFirm firm, CancellationToken ct);
}

public sealed record DemoFirm(Guid FirmId, IReadOnlyDictionary<string, AppUser> Users);

/// <summary>
/// `--demo`: creates "Demo & Co LLP" with its five users once (API.md). The password is Demo:Password, or
/// a random one printed once on the console.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, IConfiguration configuration, ILogger<DemoSeeder> log)
{
    public const string FirmName = "Demo & Co LLP";
    public const string Domain = "demo.casetrak.test";

    private static readonly (string Local, string Name, UserRoles Roles, ComplianceDuties Duties)[] People =
    [
        ("admin", "Alex Admin", UserRoles.Owner | UserRoles.Admin, ComplianceDuties.Dpo),
        ("partner", "Priya Partner", UserRoles.Partner, ComplianceDuties.Colp | ComplianceDuties.Mlro),
        ("solicitor", "Sam Solicitor", UserRoles.FeeEarner, ComplianceDuties.None),
        ("paralegal", "Pat Paralegal", UserRoles.Staff, ComplianceDuties.None),
        ("cashier", "Chris Cashier", UserRoles.Cashier, ComplianceDuties.Cofa),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using (var probe = services.CreateAsyncScope())
        {
            var db = probe.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Firms.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(f => f.Name == FirmName, ct))
            {
                log.LogInformation("The demo firm already exists; nothing to seed.");
                return;
            }
        }

        var configured = configuration["Demo:Password"];
        var password = string.IsNullOrWhiteSpace(configured) ? RandomPassword() : configured;

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var (firm, owner) = await sp.GetRequiredService<FirmProvisioner>()
            .CreateAsync(new NewFirm(FirmName, $"admin@{Domain}", password, People[0].Name, "612345"), ct);
        var db2 = sp.GetRequiredService<AppDbContext>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var audit = sp.GetRequiredService<AuditLog>();
        var clock = sp.GetRequiredService<TimeProvider>();

        var tracked = await db2.Firms.SingleAsync(ct);
        tracked.AddressLine1 = "1 Chancery Lane";
        tracked.Town = "London";
        tracked.Postcode = "WC2A 1AA";
        tracked.VatNumber = "GB123456789";
        tracked.TwoFactorRequiredFor = UserRoles.None; // so the demo can be explored; real firms keep the default
        owner.Duties = People[0].Duties;
        await users.UpdateAsync(owner);

        var all = new Dictionary<string, AppUser> { ["admin"] = owner };
        foreach (var (local, name, roles, duties) in People.Skip(1))
        {
            var user = new AppUser
            {
                FirmId = firm.Id, Email = $"{local}@{Domain}", UserName = $"{local}@{Domain}", DisplayName = name,
                Roles = roles, Duties = duties, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            UserAccounts.ThrowIfFailed(await users.CreateAsync(user, password));
            audit.Record(AuditAction.UserCreated, "User", user.Id, actorId: owner.Id, details: new { roles = RoleNames.ToApi(roles) });
            all[local] = user;
        }
        await db2.SaveChangesAsync(ct);

        foreach (var contributor in sp.GetServices<IDemoContributor>().OrderBy(c => c.Order))
            await contributor.SeedAsync(new DemoFirm(firm.Id, all), ct);

        Console.WriteLine($"""

            Demo firm "{FirmName}" is ready. Sign in as admin@, partner@, solicitor@, paralegal@ or cashier@{Domain}
            {(string.IsNullOrWhiteSpace(configured) ? $"with the password: {password}   (shown once; set Demo:Password to choose one)" : "with the password from Demo:Password.")}

            """);
    }

    private static string RandomPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return "demo-" + RandomNumberGenerator.GetString(alphabet, 16);
    }
}
