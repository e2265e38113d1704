namespace CaseTrak.IntegrationTests.Auth;

public sealed class SignInTests(TestApp app)
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var firm = await TestFirm.CreateAsync(app);

        var wrong = await app.LoginAsync(firm.Owner.Email, firm.Owner.Password + "x");
        var unknown = await app.LoginAsync($"nobody-{firm.Tag}@{firm.Tag}.example.test", firm.Owner.Password);

        await wrong.ExpectAsync(401);
        await unknown.ExpectAsync(401);
        Assert.Equal(WithoutTraceId(await wrong.JsonAsync()), WithoutTraceId(await unknown.JsonAsync()));
        Assert.Equal(wrong.Content.Headers.ContentType?.MediaType, unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_fails_and_the_lockout_is_audited()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var wrongAnswer = WithoutTraceId(await (await app.LoginAsync(staff.Email, "wrong password 1")).ExpectJsonAsync(401));

        for (var i = 2; i <= 5; i++)
            await (await app.LoginAsync(staff.Email, $"wrong password {i}")).ExpectAsync(401);
        var right = await (await app.LoginAsync(staff.Email, staff.Password)).ExpectJsonAsync(401);

        Assert.Equal(wrongAnswer, WithoutTraceId(right));
        var lockouts = await firm.AuditAsync("&action=LockedOut");
        Assert.NotEmpty(lockouts);
        Assert.All(lockouts, e => Assert.Equal(staff.Id.ToString(), e.GetProperty("targetId").GetString()));
        Assert.Equal(4, (await firm.AuditAsync("&action=SignInFailed")).Count(e => e.GetProperty("targetId").GetString() == staff.Id.ToString()));
        Assert.DoesNotContain(await firm.AuditAsync("&action=SignedIn"), e => e.GetProperty("targetId").GetString() == staff.Id.ToString());
    }

    [Fact]
    public async Task A_disabled_or_invited_user_cannot_sign_in_and_gets_the_ordinary_answer()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();
        await firm.Admin.PatchJsonAsync($"/api/v1/users/{staff.Id}", new { disabled = true }, etag).ExpectAsync(200);

        var disabled = await (await app.LoginAsync(staff.Email, staff.Password)).ExpectJsonAsync(401);
        var unknown = await (await app.LoginAsync($"ghost-{firm.Tag}@{firm.Tag}.example.test", staff.Password)).ExpectJsonAsync(401);

        Assert.Equal(WithoutTraceId(unknown), WithoutTraceId(disabled));
    }

    [Fact]
    public async Task The_owner_sees_who_they_are()
    {
        var firm = await TestFirm.CreateAsync(app);

        var me = await firm.Admin.GetAsync("/api/v1/me").ExpectJsonAsync(200);

        Assert.Equal(firm.Owner.Id, me.GetProperty("userId").GetGuid());
        Assert.Equal(firm.Id, me.GetProperty("firmId").GetGuid());
        Assert.Equal(firm.Name, me.GetProperty("firmName").GetString());
        Assert.Equal(firm.Owner.Email, me.GetProperty("email").GetString());
        Assert.Equal(["owner", "admin"], me.GetProperty("roles").Strings());
    }

    [Fact]
    public async Task Api_calls_without_a_token_or_with_a_made_up_one_get_401()
    {
        await app.CreateClient().GetAsync("/api/v1/me").ExpectAsync(401);
        await app.CreateClient("made-up-token").GetAsync("/api/v1/users").ExpectAsync(401);
        await app.CreateClient(new string('x', 500)).GetAsync("/api/v1/users").ExpectAsync(401);
    }

    internal static string WithoutTraceId(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(p => p.Name != "traceId").ToDictionary(p => p.Name, p => p.Value));
}
