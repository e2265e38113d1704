using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseTrak.BrowserTests;

public sealed class SignInPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_and_keeps_the_email()
    {
        var firm = await app.CreateFirmAsync("Wrong Password LLP", TestContext.Current.CancellationToken);
        await using var session = await app.OpenSessionAsync("wrong-password");
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await session.CheckPageAsync("signin");

        await page.GetByLabel("Email address").FillAsync(firm.AdminEmail);
        await page.GetByLabel("Password").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("The email address or password is not right");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync(firm.AdminEmail);
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
        await session.CheckPageAsync("signin-wrong-password");

        session.AssertNoProblems();
    }
}
