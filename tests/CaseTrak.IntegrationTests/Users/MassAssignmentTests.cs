using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Users;

/// <summary>SECURITY.md: a body carrying firmId, id, createdBy or roles it may not grant changes nothing.</summary>
public sealed class MassAssignmentTests(TestApp app)
{
    [Fact]
    public async Task A_create_body_cannot_choose_the_firm_the_id_or_the_server_owned_fields()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var chosenId = Guid.NewGuid();
        var email = $"assigned-{firm.Tag}@{firm.Tag}.example.test";

        var body = await firm.Admin.PostAsJsonAsync("/api/v1/users", new
        {
            email, displayName = "Mass Assigned", roles = new[] { "staff" }, password = TestFirm.NewPassword(),
            id = chosenId, firmId = other.Id, createdAt = "2001-01-01T00:00:00Z", disabled = true, twoFactorEnabled = true,
            invitationPending = true, emailConfirmed = true, securityStamp = "x", lockoutEnd = "2999-01-01T00:00:00Z",
        }).ExpectJsonAsync(201);

        var user = body.GetProperty("user");
        var id = user.GetProperty("id").GetGuid();
        Assert.NotEqual(chosenId, id);
        Assert.False(user.GetProperty("disabled").GetBoolean());
        Assert.False(user.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.False(user.GetProperty("invitationPending").GetBoolean());
        Assert.Contains((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items(), u => u.GetProperty("id").GetGuid() == id);
        Assert.Single((await other.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
        await other.Admin.GetAsync($"/api/v1/users/{id}").ExpectAsync(404);
        var stored = await firm.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal(firm.Id, stored.FirmId);
        Assert.True(stored.CreatedAt > DateTime.UtcNow.AddMinutes(-5));
        Assert.Null(stored.LockoutEnd);
    }

    [Fact]
    public async Task A_change_body_cannot_move_the_user_rename_their_email_or_change_their_id()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();

        var changed = await firm.Admin.PatchJsonAsync($"/api/v1/users/{staff.Id}", new
        {
            displayName = "Only This Changes", id = Guid.NewGuid(), firmId = other.Id, email = $"moved-{firm.Tag}@evil.example.test",
            twoFactorEnabled = true, createdAt = "2001-01-01T00:00:00Z",
        }, etag).ExpectJsonAsync(200);

        Assert.Equal(staff.Id, changed.GetProperty("id").GetGuid());
        Assert.Equal(staff.Email, changed.GetProperty("email").GetString());
        Assert.Equal("Only This Changes", changed.GetProperty("displayName").GetString());
        Assert.False(changed.GetProperty("twoFactorEnabled").GetBoolean());
        await app.SignInAsync(staff.Email, staff.Password);
        Assert.Single((await other.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task An_admin_who_is_not_an_owner_cannot_make_anyone_an_owner()
    {
        var firm = await TestFirm.CreateAsync(app);
        var admin = await firm.SignInAsync(await firm.AddUserAsync("admin"));
        var staff = await firm.AddUserAsync("staff");
        var email = $"would-be-owner-{firm.Tag}@{firm.Tag}.example.test";

        await admin.Client.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Would Be Owner", roles = new[] { "owner" }, password = TestFirm.NewPassword() }).ExpectAsync(403);
        var etag = (await admin.Client.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();
        await admin.Client.PatchJsonAsync($"/api/v1/users/{staff.Id}", new { roles = new[] { "owner", "admin" } }, etag).ExpectAsync(403);

        var users = (await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items();
        Assert.DoesNotContain(users, u => u.GetProperty("email").GetString() == email);
        var unchanged = await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectJsonAsync(200);
        Assert.Equal(["staff"], unchanged.GetProperty("roles").Strings());
        Assert.Single(users, u => u.GetProperty("roles").Strings().Contains("owner"));
    }

    [Fact]
    public async Task Roles_must_be_known_names()
    {
        var firm = await TestFirm.CreateAsync(app);

        foreach (var roles in new[] { new[] { "root" }, new[] { "1" }, Array.Empty<string>() })
        {
            var problem = await firm.Admin.PostAsJsonAsync("/api/v1/users", new
            {
                email = $"roles-{TestFirm.NewTag()}@{firm.Tag}.example.test", displayName = "Roles", roles, password = TestFirm.NewPassword(),
            }).ExpectJsonAsync(400);
            Assert.True(problem.GetProperty("errors").TryGetProperty("roles", out _), string.Join(",", roles));
        }
        Assert.Single((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }
}
