using CaseTrak.Web.Features.Firms;

namespace CaseTrak.IntegrationTests.Auth;

public sealed class TwoFactorTests(TestApp app)
{
    [Fact]
    public async Task Once_two_factor_is_on_sign_in_needs_a_code_and_each_recovery_code_works_once()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);

        var setup = await session.Client.GetAsync("/api/v1/me/two-factor").ExpectJsonAsync(200);
        Assert.False(setup.GetProperty("enabled").GetBoolean());
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);

        await session.Client.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = "000000" == Totp.Code(key) ? "111111" : "000000" })
            .ExpectAsync(400);
        var enableCode = Totp.Code(key);
        var enabled = await session.Client.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = enableCode }).ExpectJsonAsync(200);
        var recovery = enabled.GetProperty("codes").Strings().ToList();
        Assert.Equal(10, recovery.Count);
        Assert.All(recovery, c => Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", c));

        var withoutCode = await (await app.LoginAsync(staff.Email, staff.Password)).ExpectJsonAsync(401);
        Assert.Equal("auth.two_factor_required", withoutCode.Code());
        var wrongCode = await (await app.LoginAsync(staff.Email, staff.Password, WrongCode(key))).ExpectJsonAsync(401);
        Assert.Equal("auth.two_factor_invalid", wrongCode.Code());

        // A code is good once (RFC 6238 §5.2): the one that turned two-factor on cannot sign in.
        var replayed = await (await app.LoginAsync(staff.Email, staff.Password, enableCode)).ExpectJsonAsync(401);
        Assert.Equal("auth.two_factor_invalid", replayed.Code());

        var withCode = await app.SignInAsync(staff.Email, staff.Password, NextCode(key));
        var me = await withCode.Client.GetAsync("/api/v1/me").ExpectJsonAsync(200);
        Assert.True(me.GetProperty("twoFactorEnabled").GetBoolean());

        await app.SignInAsync(staff.Email, staff.Password, recovery[0]);
        var reused = await (await app.LoginAsync(staff.Email, staff.Password, recovery[0])).ExpectJsonAsync(401);
        Assert.Equal("auth.two_factor_invalid", reused.Code());
        // People type recovery codes without the dash and in lower case too.
        await app.SignInAsync(staff.Email, staff.Password, recovery[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        Assert.Equal("auth.two_factor_invalid", (await (await app.LoginAsync(staff.Email, staff.Password, recovery[1])).ExpectJsonAsync(401)).Code());

        var audit = await firm.AuditAsync();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "twoFactorEnabled" && e.GetProperty("targetId").GetString() == staff.Id.ToString());
    }

    [Fact]
    public async Task When_the_firm_requires_two_factor_for_admins_an_admin_without_it_is_sent_to_set_it_up()
    {
        var firm = await TestFirm.CreateAsync(app);
        var admin = await firm.AddUserAsync("admin");
        var staff = await firm.AddUserAsync("staff");
        var settings = await firm.Admin.GetAsync("/api/v1/firm").ExpectAsync(200);
        var current = await settings.JsonAsync();

        await firm.Admin.SendJsonAsync(HttpMethod.Put, "/api/v1/firm", new
        {
            name = current.GetProperty("name").GetString(),
            twoFactorRequiredFor = new[] { "admin" },
        }, settings.ETag()).ExpectAsync(200);

        var refused = await (await app.LoginAsync(admin.Email, admin.Password)).ExpectJsonAsync(403);
        Assert.Equal("auth.two_factor_setup_required", refused.Code());
        await app.SignInAsync(staff.Email, staff.Password);
        var firmNow = await firm.Admin.GetAsync("/api/v1/firm").ExpectJsonAsync(200);
        Assert.Equal(["admin"], firmNow.GetProperty("twoFactorRequiredFor").Strings());
    }

    [Fact]
    public async Task An_owner_required_to_use_two_factor_cannot_turn_it_off()
    {
        var firm = await TestFirm.CreateAsync(app);
        var session = firm.OwnerSession;
        var key = (await session.Client.GetAsync("/api/v1/me/two-factor").ExpectJsonAsync(200)).GetProperty("sharedKey").GetString()!;
        await session.Client.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = Totp.Code(key) }).ExpectAsync(200);
        await TestFirm.SetTwoFactorPolicyAsync(app, firm.Id, UserRoles.Owner);

        var fresh = await app.SignInAsync(firm.Owner.Email, firm.Owner.Password, NextCode(key));
        var refused = await fresh.Client.PostAsync("/api/v1/me/two-factor/disable", null).ExpectJsonAsync(422);

        Assert.Equal("auth.two_factor_required_by_policy", refused.Code());
        var me = await fresh.Client.GetAsync("/api/v1/me").ExpectJsonAsync(200);
        Assert.True(me.GetProperty("twoFactorEnabled").GetBoolean());
    }

    /// <summary>The next 30-second step's code: inside the server's drift window, and not the one just used.</summary>
    private static string NextCode(string key) => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));

    private static string WrongCode(string key)
    {
        var right = Totp.Code(key);
        // Never one of the codes the server accepts around now (it allows for clock drift).
        var accepted = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => c != right && !accepted.Contains(c));
    }
}
