using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseTrak.BrowserTests;

/// <summary>
/// The issue's main journey for a firm administrator: sign in, turn on two-factor sign-in, add a user, read
/// the audit log, then sign out and back in with password and authenticator code.
/// </summary>
public sealed partial class AdminJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_admin_sets_up_two_factor_adds_a_user_and_finds_both_in_the_audit_log()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = await app.CreateFirmAsync("Journey & Co LLP", ct);
        await using var session = await app.OpenSessionAsync("journey");
        var page = session.Page;

        await page.GotoAsync("/signin");
        await session.CheckPageAsync("signin");
        await SignInWithPasswordAsync(page, firm);

        // Owners and admins must use two-factor by default firm policy, so the app sends the admin to set it up.
        await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
        await Expect(page.GetByText("Your firm requires two-factor sign-in for your role")).ToBeVisibleAsync();
        await session.CheckPageAsync("two-factor-setup");

        var setup = page.GetByRole(AriaRole.Region, new() { Name = "Set up two-factor sign-in" });
        var sharedKey = SharedKeyShape().Match(await setup.InnerTextAsync()).Value;
        Assert.NotEmpty(sharedKey);
        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Totp.Code(sharedKey, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        var codes = page.GetByRole(AriaRole.Region, new() { Name = "Save your recovery codes now" });
        await Expect(codes).ToBeVisibleAsync();
        await Expect(codes.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await session.CheckPageAsync("two-factor-recovery-codes");

        await codes.GetByRole(AriaRole.Link, new() { Name = "I have saved my codes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText($"You are signed in to {firm.Name}")).ToBeVisibleAsync();
        await session.CheckPageAsync("dashboard");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings/users$"));
        await session.CheckPageAsync("users");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add user" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings/users/new$"));
        await session.CheckPageAsync("user-new");

        var newEmail = $"priya.shah-{firm.Id.ToString("N")[..6]}@firm.test";
        await page.GetByLabel("Full name").FillAsync("Priya Shah");
        await page.GetByLabel("Email address").FillAsync(newEmail);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Fee earner" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Set an initial password" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Initial password" }).FillAsync("Priya-starts-on-Monday-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByText("User Priya Shah added")).ToBeVisibleAsync();
        await session.CheckPageAsync("user-added");

        await page.GotoAsync("/settings/users");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Priya Shah" });
        await Expect(row).ToContainTextAsync(newEmail);
        await Expect(row).ToContainTextAsync("Fee earner");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = firm.AdminEmail })).ToContainTextAsync("2FA on");
        await session.CheckPageAsync("users-with-new-user");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/compliance/audit"));
        var log = page.GetByRole(AriaRole.Table);
        await Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "User added" }).Filter(new() { HasText = "Priya Shah" }).First).ToBeVisibleAsync();
        await Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "Two-factor sign-in turned on" }).First).ToBeVisibleAsync();
        await session.CheckPageAsync("audit-log");

        await SignOutAsync(page, firm);
        await Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await session.CheckPageAsync("signed-out");

        await SignInWithPasswordAsync(page, firm);
        await Expect(page).ToHaveURLAsync(new Regex("/signin/two-factor"));
        await session.CheckPageAsync("signin-two-factor");
        // The code that turned two-factor on cannot be used again (replay protection): take the next step's.
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(sharedKey, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("dashboard-after-two-factor");

        session.AssertNoProblems();
    }

    private static async Task SignInWithPasswordAsync(IPage page, TestFirm firm)
    {
        await page.GetByLabel("Email address").FillAsync(firm.AdminEmail);
        await page.GetByLabel("Password").FillAsync(firm.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task SignOutAsync(IPage page, TestFirm firm)
    {
        // The account menu in the top bar is a disclosure showing the user's name: open it, then sign out.
        await page.GetByRole(AriaRole.Banner).GetByText(firm.AdminName).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
    }

    // The authenticator key as shown: 32 base32 characters in groups of four.
    [GeneratedRegex(@"\b[a-z2-7]{4}( [a-z2-7]{4}){7}\b")]
    private static partial Regex SharedKeyShape();
}
