namespace CaseTrak.IntegrationTests.Auth;

/// <summary>SECURITY.md: a token after logout, password change or disabling is refused.</summary>
public sealed class TokenTests(TestApp app)
{
    [Fact]
    public async Task After_logout_neither_the_access_nor_the_refresh_token_works()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);

        await session.Client.PostAsync("/api/v1/auth/logout", null).ExpectAsync(204);

        await session.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await Refresh(session.RefreshToken).ExpectAsync(401);
        Assert.Contains(await firm.AuditAsync("&action=SignedOut"), e => e.GetProperty("targetId").GetString() == staff.Id.ToString());
    }

    [Fact]
    public async Task Refresh_rotates_both_tokens_and_the_old_ones_stop_working()
    {
        var firm = await TestFirm.CreateAsync(app);
        var session = await firm.SignInAsync(await firm.AddUserAsync("staff"));

        var renewed = await Refresh(session.RefreshToken).ExpectJsonAsync(200);

        Assert.Equal("Bearer", renewed.GetProperty("tokenType").GetString());
        var newAccess = renewed.GetProperty("accessToken").GetString()!;
        var newRefresh = renewed.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(session.AccessToken, newAccess);
        Assert.NotEqual(session.RefreshToken, newRefresh);
        await Refresh(session.RefreshToken).ExpectAsync(401);
        await session.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await app.CreateClient(newAccess).GetAsync("/api/v1/me").ExpectAsync(200);
        await Refresh(newRefresh).ExpectAsync(200);
    }

    [Fact]
    public async Task Disabling_a_user_refuses_their_token_at_once()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);
        await session.Client.GetAsync("/api/v1/me").ExpectAsync(200);
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();

        var disabled = await firm.Admin.PatchJsonAsync($"/api/v1/users/{staff.Id}", new { disabled = true }, etag).ExpectJsonAsync(200);

        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        await session.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await Refresh(session.RefreshToken).ExpectAsync(401);
        await (await app.LoginAsync(staff.Email, staff.Password)).ExpectAsync(401);
    }

    [Fact]
    public async Task After_a_password_change_the_old_tokens_fail_and_only_the_new_password_signs_in()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);
        var other = await firm.SignInAsync(staff);
        var newPassword = TestFirm.NewPassword();

        await session.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = staff.Password, newPassword }).ExpectAsync(204);

        await session.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await other.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await Refresh(other.RefreshToken).ExpectAsync(401);
        await (await app.LoginAsync(staff.Email, staff.Password)).ExpectAsync(401);
        await app.SignInAsync(staff.Email, newPassword);
    }

    [Fact]
    public async Task A_password_change_with_the_wrong_current_password_changes_nothing()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);

        var refused = await session.Client.PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = "not my password", newPassword = TestFirm.NewPassword() }).ExpectJsonAsync(400);

        Assert.True(refused.GetProperty("errors").TryGetProperty("currentPassword", out _));
        await session.Client.GetAsync("/api/v1/me").ExpectAsync(200);
        await app.SignInAsync(staff.Email, staff.Password);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_user_and_no_one_elses()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var first = await firm.SignInAsync(staff);
        var second = await firm.SignInAsync(staff);

        await first.Client.PostAsync("/api/v1/auth/signout-everywhere", null).ExpectAsync(204);

        await first.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await second.Client.GetAsync("/api/v1/me").ExpectAsync(401);
        await Refresh(second.RefreshToken).ExpectAsync(401);
        await firm.Admin.GetAsync("/api/v1/me").ExpectAsync(200);
        await app.SignInAsync(staff.Email, staff.Password);
    }

    private Task<HttpResponseMessage> Refresh(string refreshToken) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
}
