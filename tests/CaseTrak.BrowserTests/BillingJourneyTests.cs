using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseTrak.BrowserTests;

/// <summary>
/// Issue 5's journey for a fee earner: record time on a matter (form and timesheet), draft a bill from the
/// work in progress, finalise it through its confirmation page, and see the numbered bill with its PDF.
/// The client and matter are made through the API first; everything after sign-in is the browser.
/// </summary>
public sealed class BillingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_partner_records_time_drafts_a_bill_finalises_it_and_views_the_pdf()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = await app.CreateFirmAsync("Billing Journey LLP", ct);
        await app.WithFirmDbAsync(firm, async db =>
        {
            var f = await db.Firms.SingleAsync(ct);
            (f.VatNumber, f.SraNumber, f.AddressLine1, f.Town, f.Postcode) = ("GB123456789", "612345", "1 Castle Street", "Shrewsbury", "SY1 2AA");
            await db.SaveChangesAsync(ct);
        });
        var (email, password) = await app.AddUserAsync(firm, "Priya Partner", UserRoles.Partner);
        var matter = await NewMatterAsync(email, password, ct);
        await using var session = await app.OpenSessionAsync("billing");
        var page = session.Page;

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

        // Time on the matter's "Time & bills" tab.
        await page.GotoAsync($"/matters/{matter.Id}/billing");
        await session.CheckPageAsync("matter-billing-empty");
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("1:30");
        await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync("Reviewing the lease and drafting the report on title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record time" }).ClickAsync();
        await Expect(page.GetByText("Reviewing the lease and drafting the report on title")).ToBeVisibleAsync();

        // More time from the week timesheet, keyboard only.
        await page.GotoAsync("/time");
        await page.GetByLabel("Matter", new() { Exact = true }).FillAsync(matter.Reference);
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("42m");
        await page.GetByLabel("Narrative", new() { Exact = true }).FillAsync("Telephone call with the client about the survey");
        await page.GetByLabel("Narrative", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.GetByText("Telephone call with the client about the survey")).ToBeVisibleAsync();
        await session.CheckPageAsync("timesheet");

        // The firm's work in progress lists the matter; draft a bill from everything unbilled on it.
        await page.GotoAsync($"/matters/{matter.Id}/billing");
        await session.CheckPageAsync("matter-billing-wip");
        await page.GotoAsync("/billing/wip");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = matter.Reference })).ToContainTextAsync("£550.00");
        await session.CheckPageAsync("wip-list");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Draft a bill for {matter.Reference}" }).ClickAsync();
        await session.CheckPageAsync("draft-bill-choose");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft bill" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/bills/[0-9a-f-]{36}$"));
        await session.CheckPageAsync("draft-bill-editor");

        // Finalise through the confirmation page: the bill takes the firm's first number.
        await page.GetByRole(AriaRole.Link, new() { Name = "Finalise…" }).ClickAsync();
        await session.CheckPageAsync("finalise-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finalise and take the number" }).ClickAsync();
        await Expect(page.GetByText(new Regex("INV-000001 finalised"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("INV-000001");
        var pdf = await page.Context.APIRequest.GetAsync(page.Url.Replace("/bills/", "/api/v1/invoices/") + "/pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await page.WaitForTimeoutAsync(500); // let the PDF preview paint before the screenshot
        await session.CheckPageAsync("bill-final-with-pdf");

        // The client pays part of it; the bill shows what is still owed.
        var billUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a payment" }).ClickAsync();
        await page.GetByLabel("Amount received (£)").FillAsync("200.00");
        await session.CheckPageAsync("payment-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await page.GotoAsync(billUrl);
        await Expect(page.GetByText("Part paid").First).ToBeVisibleAsync();

        // The lists a cashier and a partner work from.
        foreach (var (url, name) in new[]
        {
            ("/bills", "bills-list"), ("/billing/register", "bills-register"), ("/time/timers", "timers"), ("/time/approvals", "time-approvals"),
            ("/settings/rates", "rates"), ("/billing/runs", "billing-run"), ("/billing", "billing-dashboard"),
        })
        {
            await page.GotoAsync(url);
            await session.CheckPageAsync(name);
        }
        await Expect(page.GetByText("£460.00").First).ToBeVisibleAsync();
        session.AssertNoProblems();
    }

    private sealed record NewMatter(Guid Id, string Reference);

    /// <summary>A £250 an hour firm rate, a client with due diligence done and an open matter, through the API.</summary>
    private async Task<NewMatter> NewMatterAsync(string email, string password, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        await PostAsync(http, "/api/v1/rates", new { scope = "firmDefault", hourlyRateMinor = 25_000, effectiveFrom = "2026-01-01" }, ct);
        var client = await PostAsync(http, "/api/v1/contacts", new { kind = "person", firstName = "Harriet", lastName = "Ashdown", confirmDuplicate = true }, ct);
        var clientId = client.GetProperty("id").GetGuid();
        await PostAsync(http, $"/api/v1/contacts/{clientId}/due-diligence", new { status = "complete", verifiedOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), evidenceType = "Passport", method = "Seen in person", riskLevel = "low" }, ct);
        var check = await PostAsync(http, "/api/v1/conflict-checks", new { terms = new[] { "Harriet Ashdown" }, clientId }, ct);
        var checkId = check.GetProperty("id").GetGuid();
        await PostAsync(http, $"/api/v1/conflict-checks/{checkId}/decision", new { decision = "clear" }, ct);
        var matter = await PostAsync(http, "/api/v1/matters", new { clientId, conflictCheckId = checkId, title = "Purchase of 4 Mardol, Shrewsbury" }, ct);
        return new(matter.GetProperty("id").GetGuid(), matter.GetProperty("reference").GetString()!);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string url, object body, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync(url, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
