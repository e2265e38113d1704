using MimeKit;

namespace CaseTrak.IntegrationTests.Users;

public sealed class UsersApiTests(TestApp app)
{
    [Fact]
    public async Task An_admin_creates_a_user_with_a_password_who_can_then_sign_in()
    {
        var firm = await TestFirm.CreateAsync(app);
        var email = $"new-{firm.Tag}@{firm.Tag}.example.test";
        var password = TestFirm.NewPassword();

        var response = await firm.Admin.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Nia New", roles = new[] { "feeEarner" }, duties = new[] { "mlro" }, password });

        var body = await response.ExpectJsonAsync(201);
        var user = body.GetProperty("user");
        var id = user.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal(["feeEarner"], user.GetProperty("roles").Strings());
        Assert.Equal(["mlro"], user.GetProperty("duties").Strings());
        Assert.False(user.GetProperty("invitationPending").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("invitationUrl").ValueKind);
        var session = await app.SignInAsync(email, password);
        var me = await session.Client.GetAsync("/api/v1/me").ExpectJsonAsync(200);
        Assert.Equal(firm.Id, me.GetProperty("firmId").GetGuid());
        Assert.Contains(await firm.AuditAsync("&action=UserCreated"), e => e.GetProperty("targetId").GetString() == id.ToString());
    }

    [Fact]
    public async Task An_invited_user_chooses_a_password_from_the_emailed_link_and_can_then_sign_in()
    {
        var firm = await TestFirm.CreateAsync(app);
        var email = $"invitee-{firm.Tag}@{firm.Tag}.example.test";

        var body = await firm.Admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Ivy Invitee", roles = new[] { "staff" } })
            .ExpectJsonAsync(201);

        var id = body.GetProperty("user").GetProperty("id").GetGuid();
        Assert.True(body.GetProperty("user").GetProperty("invitationPending").GetBoolean());
        var invitationUrl = body.GetProperty("invitationUrl").GetString()!;
        Assert.Contains($"user={id}", invitationUrl, StringComparison.Ordinal);
        var mail = await MailToAsync(email);
        Assert.Contains(invitationUrl, mail.TextBody, StringComparison.Ordinal);
        await (await app.LoginAsync(email, "any password at all")).ExpectAsync(401);

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(invitationUrl).Query);
        var password = TestFirm.NewPassword();
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { userId = id, token = query["token"], newPassword = password })
            .ExpectAsync(204);

        await app.SignInAsync(email, password);
        var user = await firm.Admin.GetAsync($"/api/v1/users/{id}").ExpectJsonAsync(200);
        Assert.False(user.GetProperty("invitationPending").GetBoolean());
        Assert.Contains(await firm.AuditAsync("&action=InvitationAccepted"), e => e.GetProperty("targetId").GetString() == id.ToString());
        // The link is spent.
        var again = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password",
            new { userId = id, token = query["token"], newPassword = TestFirm.NewPassword() }).ExpectJsonAsync(422);
        Assert.Equal("auth.reset_link_invalid", again.Code());
    }

    [Fact]
    public async Task Staff_cannot_create_or_change_users()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.SignInAsync(await firm.AddUserAsync("staff"));
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{firm.Owner.Id}").ExpectAsync(200)).ETag();

        await staff.Client.PostAsJsonAsync("/api/v1/users",
            new { email = $"x-{firm.Tag}@{firm.Tag}.example.test", displayName = "X", roles = new[] { "admin" }, password = TestFirm.NewPassword() })
            .ExpectAsync(403);
        await staff.Client.PatchJsonAsync($"/api/v1/users/{firm.Owner.Id}", new { disabled = true }, etag).ExpectAsync(403);

        var users = await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200);
        Assert.Equal(2, users.Items().Count);
        var owner = await firm.Admin.GetAsync($"/api/v1/users/{firm.Owner.Id}").ExpectJsonAsync(200);
        Assert.False(owner.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task A_change_needs_the_current_ETag_missing_is_428_and_stale_is_412()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var url = $"/api/v1/users/{staff.Id}";
        var etag = (await firm.Admin.GetAsync(url).ExpectAsync(200)).ETag();
        Assert.NotNull(etag);

        await firm.Admin.PatchJsonAsync(url, new { displayName = "No precondition" }, ifMatch: null).ExpectAsync(428);
        var changed = await firm.Admin.PatchJsonAsync(url, new { displayName = "First change" }, etag).ExpectJsonAsync(200);
        await firm.Admin.PatchJsonAsync(url, new { displayName = "Stale change" }, etag).ExpectAsync(412);

        Assert.Equal("First change", changed.GetProperty("displayName").GetString());
        var now = await firm.Admin.GetAsync(url).ExpectJsonAsync(200);
        Assert.Equal("First change", now.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_last_owner_cannot_be_disabled()
    {
        var firm = await TestFirm.CreateAsync(app);
        var admin = await firm.SignInAsync(await firm.AddUserAsync("admin"));
        var etag = (await admin.Client.GetAsync($"/api/v1/users/{firm.Owner.Id}").ExpectAsync(200)).ETag();

        var refused = await admin.Client.PatchJsonAsync($"/api/v1/users/{firm.Owner.Id}", new { disabled = true }, etag).ExpectJsonAsync(422);

        Assert.Equal("user.last_owner", refused.Code());
        var owner = await firm.Admin.GetAsync($"/api/v1/users/{firm.Owner.Id}").ExpectJsonAsync(200);
        Assert.False(owner.GetProperty("disabled").GetBoolean());
        await firm.Admin.GetAsync("/api/v1/me").ExpectAsync(200);
    }

    [Fact]
    public async Task An_email_already_used_in_any_firm_is_refused_with_409()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);

        var refused = await firm.Admin.PostAsJsonAsync("/api/v1/users",
            new { email = other.Owner.Email.ToUpperInvariant(), displayName = "Copy", roles = new[] { "staff" }, password = TestFirm.NewPassword() })
            .ExpectJsonAsync(409);

        Assert.Equal("user.email_taken", refused.Code());
        Assert.Single((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task The_user_list_pages_with_a_cursor_and_searches_by_name()
    {
        var firm = await TestFirm.CreateAsync(app);
        for (var i = 0; i < 3; i++)
            await firm.AddUserAsync(["staff"], $"Pager {i} {firm.Tag}");

        var first = await firm.Admin.GetAsync("/api/v1/users?limit=2").ExpectJsonAsync(200);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await firm.Admin.GetAsync($"/api/v1/users?limit=2&cursor={Uri.EscapeDataString(cursor!)}").ExpectJsonAsync(200);
        var found = await firm.Admin.GetAsync("/api/v1/users?q=pager 1").ExpectJsonAsync(200);

        Assert.Equal(2, first.Items().Count);
        Assert.Equal(2, second.Items().Count);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Empty(first.Items().Select(u => u.GetProperty("id").GetGuid()).Intersect(second.Items().Select(u => u.GetProperty("id").GetGuid())));
        Assert.Equal($"Pager 1 {firm.Tag}", Assert.Single(found.Items()).GetProperty("displayName").GetString());
        await firm.Admin.GetAsync("/api/v1/users?cursor=not-a-cursor").ExpectAsync(400);
    }

    private async Task<MimeMessage> MailToAsync(string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(app.MailFolder))
            {
                foreach (var file in Directory.EnumerateFiles(app.MailFolder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == email))
                        return message;
                }
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {email} in {app.MailFolder}.");
    }
}
