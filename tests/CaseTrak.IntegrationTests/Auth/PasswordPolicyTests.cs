namespace CaseTrak.IntegrationTests.Auth;

public sealed class PasswordPolicyTests(TestApp app)
{
    [Theory]
    [InlineData("elevenchars")]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("1qaz2wsx3edc")]
    public async Task A_short_or_common_password_is_refused_with_a_message_on_the_password_field(string password)
    {
        var firm = await TestFirm.CreateAsync(app);
        var email = $"weak-{firm.Tag}@{firm.Tag}.example.test";

        var problem = await firm.Admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Weak", roles = new[] { "staff" }, password })
            .ExpectJsonAsync(400);

        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("password").Strings());
        var users = await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200);
        Assert.Single(users.Items());
        await (await app.LoginAsync(email, password)).ExpectAsync(401);
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_and_the_old_one_still_works()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);

        var problem = await session.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = staff.Password, newPassword = "password1234" })
            .ExpectJsonAsync(400);

        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("newPassword").Strings());
        await session.Client.GetAsync("/api/v1/me").ExpectAsync(200);
        await app.SignInAsync(staff.Email, staff.Password);
    }
}
