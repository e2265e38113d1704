using System.Globalization;
using System.Text.RegularExpressions;
using CaseTrak.Web.Features.Firms;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseTrak.BrowserTests;

/// <summary>
/// Issue 3's journey for a fee earner: a new client, a conflict check cleared, a matter opened, a key date and
/// an undertaking recorded, closing refused while the undertaking is open, then discharged and closed. The
/// header search finds the matter by its reference.
/// </summary>
public sealed class NewMatterJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_partner_opens_a_matter_through_a_cleared_conflict_check_and_closes_it_once_the_undertaking_is_discharged()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = await app.CreateFirmAsync("Matter Journey LLP", ct);
        var (email, password) = await app.AddUserAsync(firm, "Priya Partner", UserRoles.Partner);
        var surname = "Vance" + string.Concat(firm.Id.ToByteArray().Take(5).Select(b => (char)('a' + b % 26)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var session = await app.OpenSessionAsync("new-matter");
        var page = session.Page;

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

        // A new client.
        await page.GotoAsync("/contacts/new?kind=person");
        await page.GetByLabel("First name").FillAsync("Eleanor");
        await page.GetByLabel("Last name").FillAsync(surname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Eleanor {surname}", Level = 1 })).ToBeVisibleAsync();

        // The matters list, empty, offers the first action; "n" starts a new matter.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Matters", Exact = true }).ClickAsync();
        await Expect(page.GetByText("No matters yet")).ToBeVisibleAsync();
        await session.CheckPageAsync("matters-empty");
        await page.Keyboard.PressAsync("n");
        await Expect(page).ToHaveURLAsync(new Regex("/matters/new$"));

        // Step 1: the client.
        await page.GetByLabel("Find an existing contact").FillAsync(surname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        // The search is a navigation: wait for its answer, so the page check never starts mid-navigation.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Choose Eleanor {surname}" })).ToBeVisibleAsync();
        await session.CheckPageAsync("new-matter-client");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Choose Eleanor {surname}" }).ClickAsync();

        // Step 2: the conflict check, run and decided on the conflicts pages, which bring us back.
        await session.CheckPageAsync("new-matter-conflict-step");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Run a conflict check for Eleanor {surname}" }).ClickAsync();
        var terms = page.GetByLabel("Names to search for");
        if (string.IsNullOrWhiteSpace(await terms.InputValueAsync()))
            await terms.FillAsync($"Eleanor {surname}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search for conflicts" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Clear" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record as clear" }).ClickAsync();

        // Step 3: the details.
        await Expect(page).ToHaveURLAsync(new Regex("/matters/new\\?clientId=.*conflictCheckId="));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Conflict check: Clear" })).ToBeVisibleAsync();
        await session.CheckPageAsync("new-matter-details");
        await page.GetByLabel("Title").FillAsync("Purchase of 12 High Street, Ludlow");
        await page.GetByLabel("Cost estimate given to the client").FillAsync("1,500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open matter" }).ClickAsync();

        var opened = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex(@"Matter [A-Z]{4}\d{2}-0001 opened") });
        await Expect(opened).ToBeVisibleAsync();
        var reference = Regex.Match(await opened.InnerTextAsync(), @"[A-Z]{4}\d{2}-0001").Value;
        var matterUrl = page.Url;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{reference} — Purchase of 12 High Street, Ludlow", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Matter summary")).ToContainTextAsync("£1,500.00");
        await session.CheckPageAsync("matter-overview");

        // A key date, and the limitation date with its working.
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Matter sections" });
        await tabs.GetByRole(AriaRole.Link, new() { Name = "Key dates" }).ClickAsync();
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Completion" });
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(today.AddDays(28)));
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Completion (target)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add key date" }).ClickAsync();
        await Expect(page.GetByText(new Regex("Key date .* added"))).ToBeVisibleAsync();
        await page.GetByLabel("Kind of claim").SelectOptionAsync(new SelectOptionValue { Label = "Contract (6 years)" });
        await page.GetByLabel("Date the cause of action accrued").FillAsync("2024-02-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute limitation date" }).ClickAsync();
        await Expect(page.GetByText("Limitation date: 28 Feb 2030", new() { Exact = true })).ToBeVisibleAsync();
        await session.CheckPageAsync("matter-limitation-working");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record 28 Feb 2030 as the limitation date" }).ClickAsync();
        await Expect(page.GetByText("Limitation date 28 Feb 2030 recorded")).ToBeVisibleAsync();
        await session.CheckPageAsync("matter-key-dates");

        // An undertaking.
        await tabs.GetByRole(AriaRole.Link, new() { Name = "Undertakings" }).ClickAsync();
        await page.GetByLabel("Given to").FillAsync("Hartley Boyd LLP (seller's solicitors)");
        await page.GetByLabel("Exact wording").FillAsync("To redeem the existing charge on completion and send Form DS1 on receipt.");
        await page.GetByLabel("Due by").FillAsync(Iso(today.AddDays(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record undertaking" }).ClickAsync();
        await Expect(page.GetByText("Undertaking to Hartley Boyd LLP (seller's solicitors) recorded")).ToBeVisibleAsync();
        await session.CheckPageAsync("matter-undertakings");

        // Closing is refused while it is open, with the reason in plain English.
        await page.GetByRole(AriaRole.Link, new() { Name = "Close matter…" }).ClickAsync();
        await session.CheckPageAsync("matter-close-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Close matter {reference}" }).ClickAsync();
        var blocked = page.GetByRole(AriaRole.Alert);
        await Expect(blocked).ToContainTextAsync($"{reference} cannot close yet");
        await Expect(blocked).ToContainTextAsync("An undertaking on this matter is still open");
        await session.CheckPageAsync("matter-close-blocked");

        // Discharge it through its confirmation step, then close.
        await blocked.GetByRole(AriaRole.Link, new() { Name = "Go to the undertakings" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Discharge… the undertaking to Hartley Boyd LLP (seller's solicitors)" }).ClickAsync();
        await page.GetByLabel("Evidence that it was met").FillAsync("e-DS1 confirmation received from the lender and sent to the buyer's solicitors.");
        await session.CheckPageAsync("undertaking-discharge-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Discharge undertaking" }).ClickAsync();
        await Expect(page.GetByText("Undertaking to Hartley Boyd LLP (seller's solicitors) discharged")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Close matter…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Close matter {reference}" }).ClickAsync();
        await Expect(page.GetByText($"Matter {reference} closed")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Matter summary")).ToContainTextAsync("Closed");
        await session.CheckPageAsync("matter-closed");

        // The header search: "/" focuses it, the dropdown groups results, arrows and Enter open one.
        await page.GotoAsync("/undertakings?status=all");
        await session.CheckPageAsync("undertakings-register");
        await page.Keyboard.PressAsync("/");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Search matters and contacts" });
        await Expect(search).ToBeFocusedAsync();
        await search.PressSequentiallyAsync(reference[..6].ToLowerInvariant());
        var results = page.GetByRole(AriaRole.Listbox, new() { Name = "Search results" });
        await Expect(results.GetByRole(AriaRole.Option).Filter(new() { HasText = reference })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Group, new() { Name = "Matters" })).ToBeVisibleAsync();
        await session.CheckPageAsync("header-search");
        await search.PressAsync("ArrowDown");
        await search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(matterUrl);

        // Without the dropdown, Enter submits to the results page, which lists the same results.
        await page.GotoAsync($"/search?q={reference[..6]}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Matters" }).GetByRole(AriaRole.Link, new() { Name = $"{reference} — Purchase of 12 High Street, Ludlow" })).ToBeVisibleAsync();
        await session.CheckPageAsync("search-results");

        // Two-key shortcuts move between the main lists (UI.md): g then c, g then m.
        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("c");
        await Expect(page).ToHaveURLAsync(new Regex("/contacts$"));
        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("m");
        await Expect(page).ToHaveURLAsync(new Regex("/matters$"));

        session.AssertNoProblems();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
