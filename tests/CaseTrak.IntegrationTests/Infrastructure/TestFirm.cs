using System.Security.Cryptography;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Infrastructure;

public sealed record TestUser(Guid Id, string Email, string Password, string DisplayName);

/// <summary>
/// A firm of a test's own (STYLE.md rule 10): made by the provisioner, its users added through the API,
/// signed in through the API. Names and emails carry a random tag so no two tests ever meet.
/// </summary>
public sealed class TestFirm
{
    private TestFirm(TestApp app, Guid id, string name, string tag, TestUser owner, TestSession ownerSession)
    {
        App = app;
        Id = id;
        Name = name;
        Tag = tag;
        Owner = owner;
        OwnerSession = ownerSession;
    }

    public TestApp App { get; }
    public Guid Id { get; }
    public string Name { get; }
    public string Tag { get; }
    /// <summary>The first user: Owner and Admin.</summary>
    public TestUser Owner { get; }
    public TestSession OwnerSession { get; }
    /// <summary>A client signed in as the Owner (who is also an Admin).</summary>
    public HttpClient Admin => OwnerSession.Client;

    /// <summary>
    /// A new firm whose two-factor policy is off, so its people can sign in through the API without an
    /// authenticator; tests of the policy switch it on through the API.
    /// </summary>
    public static async Task<TestFirm> CreateAsync(TestApp app)
    {
        var tag = NewTag();
        var name = $"Firm {tag} LLP";
        var ownerEmail = $"owner-{tag}@{tag}.example.test";
        var ownerPassword = NewPassword();
        var ownerName = $"Olive Owner {tag}";
        Guid firmId, ownerId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (firm, owner) = await scope.ServiceProvider.GetRequiredService<FirmProvisioner>()
                .CreateAsync(new NewFirm(name, ownerEmail, ownerPassword, ownerName), CancellationToken.None);
            (firmId, ownerId) = (firm.Id, owner.Id);
        }
        await SetTwoFactorPolicyAsync(app, firmId, UserRoles.None);
        var session = await app.SignInAsync(ownerEmail, ownerPassword);
        return new(app, firmId, name, tag, new TestUser(ownerId, ownerEmail, ownerPassword, ownerName), session);
    }

    /// <summary>Sets which roles the firm's policy requires two-factor for, as the firm's settings page would.</summary>
    public static async Task SetTwoFactorPolicyAsync(TestApp app, Guid firmId, UserRoles roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firmId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = await db.Firms.SingleAsync();
        firm.TwoFactorRequiredFor = roles;
        await db.SaveChangesAsync();
    }

    /// <summary>Adds a user with a password through POST /api/v1/users, as the Owner.</summary>
    public Task<TestUser> AddUserAsync(params string[] roles) => AddUserAsync(roles, displayName: null);

    public async Task<TestUser> AddUserAsync(string[] roles, string? displayName, string[]? duties = null)
    {
        var tag = NewTag();
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{tag}@{Tag}.example.test";
        var password = NewPassword();
        var name = displayName ?? $"{string.Join(" ", roles)} {tag}";
        var body = await Admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, roles, duties, password })
            .ExpectJsonAsync(201);
        return new(body.GetProperty("user").GetProperty("id").GetGuid(), email, password, name);
    }

    public Task<TestSession> SignInAsync(TestUser user) => App.SignInAsync(user.Email, user.Password);

    /// <summary>Runs work on a context scoped to this firm, as a request of one of its users would.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Id);
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The firm's audit events (last 30 days), newest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> AuditAsync(string query = "")
    {
        var page = await Admin.GetAsync($"/api/v1/audit?limit=200{query}").ExpectJsonAsync(200);
        return page.Items();
    }

    public static string NewTag() => Guid.NewGuid().ToString("N")[..12];

    public static string NewPassword() => "Pw-" + RandomNumberGenerator.GetHexString(20, lowercase: true);
}
