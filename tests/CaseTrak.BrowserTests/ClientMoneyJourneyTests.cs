using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseTrak.BrowserTests;

/// <summary>
/// Issue 6's journey for a partner doing the cashier's work: money received on a matter, a bill delivered (through
/// the API), the costs transferred from client to office against it, then the client account reconciled from an
/// imported CSV statement, auto-matched and signed off. Every page is screenshot and checked with axe.
/// </summary>
public sealed class ClientMoneyJourneyTests(BrowserApp app)
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_partner_receives_money_transfers_costs_against_a_delivered_bill_and_signs_off_the_reconciliation()
    {
        var ct = TestContext.Current.CancellationToken;
        var firm = await app.CreateFirmAsync("Client Money Journey LLP", ct);
        await app.WithFirmDbAsync(firm, async db =>
        {
            var f = await db.Firms.SingleAsync(ct);
            (f.VatNumber, f.SraNumber, f.AddressLine1, f.Town, f.Postcode) = ("GB123456789", "612345", "1 Castle Street", "Shrewsbury", "SY1 2AA");
            await db.SaveChangesAsync(ct);
        });
        var (email, password) = await app.AddUserAsync(firm, "Priya Partner", UserRoles.Partner);
        using var api = await ApiAsync(email, password, ct);
        var matter = await ClientMoneyJourneyData.MatterAsync(api, ct);
        var account = await ClientMoneyJourneyData.PostAsync(api, "/api/v1/client-money/bank-accounts",
            new { name = $"{firm.Name} Client Account", kind = "client", sortCode = "20-00-00", accountNumber = "43218765", bankName = "Barclays" }, ct);
        await using var session = await app.OpenSessionAsync("client-money");
        var page = session.Page;

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

        // £1,500.00 on account from the client.
        await page.GotoAsync($"/client-money/receipts/new?matterId={matter.Id}");
        await page.GetByLabel("Amount (£)").FillAsync("1500.00");
        await page.GetByLabel("Received on").FillAsync(Today);
        await page.GetByLabel("Paid by").FillAsync("Harriet Ashdown");
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync("ASHDOWN DEPOSIT");
        await session.CheckPageAsync("receipt-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record receipt" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/matters/{matter.Id}/client-money"));
        await Expect(page.GetByText("£1,500.00").First).ToBeVisibleAsync();
        await session.CheckPageAsync("matter-client-money");
        await page.GotoAsync("/client-money/receipts");
        await Expect(page.GetByText("£1,500.00").First).ToBeVisibleAsync();
        await session.CheckPageAsync("receipts");

        // A £300 + VAT bill, finalised and delivered (billing is issue 5's journey), then its costs taken to office.
        var bill = await ClientMoneyJourneyData.DeliveredBillAsync(api, matter.Id, ct);
        await page.GotoAsync($"/client-money/transfers/new?matterId={matter.Id}");
        await session.CheckPageAsync("transfer-form");
        await page.GetByLabel("Bill (when to office)").SelectOptionAsync(new SelectOptionValue { Value = bill.ToString() });
        await page.GetByLabel("Amount (£)").FillAsync("360.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the transfer" }).ClickAsync();
        await session.CheckPageAsync("transfer-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Transfer now" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/matters/{matter.Id}$"));
        await page.GotoAsync("/client-money/balances");
        await Expect(page.GetByText("£1,140.00").First).ToBeVisibleAsync();
        await session.CheckPageAsync("balances-after-transfer");

        // Reconcile: the statement shows both movements and closes at £1,140.00.
        await page.GotoAsync("/client-money/reconciliations");
        await session.CheckPageAsync("reconciliations");
        await page.GetByLabel("Statement date").FillAsync(Today);
        await page.GetByLabel("Closing balance on the statement (£)").FillAsync("1140.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start reconciliation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/client-money/reconciliations/[0-9a-f-]{36}$"));
        var day = DateTime.UtcNow.ToString("dd/MM/yyyy");
        await page.GetByLabel("Statement file").SetInputFilesAsync(new FilePayload
        {
            Name = "statement.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"Date,Description,Amount\n{day},BGC ASHDOWN DEPOSIT,1500.00\n{day},TFR TO OFFICE ACCOUNT,-360.00\n"),
        });
        await session.CheckPageAsync("reconciliation-import");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import and match" }).ClickAsync();
        await Expect(page.GetByText(new Regex("[Bb]alanced|agree|No differences")).First).ToBeVisibleAsync();
        await session.CheckPageAsync("reconciliation-matched");
        await page.GotoAsync(page.Url + "/sign-off");
        await session.CheckPageAsync("sign-off-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        await Expect(page.GetByText(new Regex("[Ss]igned off")).First).ToBeVisibleAsync();
        await session.CheckPageAsync("reconciliation-signed-off");

        foreach (var (url, name) in new[] { ("/client-money", "cashier-dashboard"), ($"/client-money/cash-book?bankAccountId={account}", "cash-book") })
        {
            await page.GotoAsync(url);
            await session.CheckPageAsync(name);
        }
        session.AssertNoProblems();
    }

    private async Task<HttpClient> ApiAsync(string email, string password, CancellationToken ct)
    {
        var http = new HttpClient { BaseAddress = app.BaseAddress };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }
}
/// <summary>The client money journey's set-up through the API: a client with due diligence done, a matter and a delivered bill.</summary>
internal static class ClientMoneyJourneyData
{
    public sealed record NewMatter(Guid Id, string Reference);

    public static async Task<NewMatter> MatterAsync(HttpClient http, CancellationToken ct)
    {
        var client = await PostJsonAsync(http, "/api/v1/contacts", new { kind = "person", firstName = "Harriet", lastName = "Ashdown", confirmDuplicate = true }, ct);
        var clientId = client.GetProperty("id").GetGuid();
        await PostJsonAsync(http, $"/api/v1/contacts/{clientId}/due-diligence", new
        {
            status = "complete", verifiedOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), evidenceType = "Passport", method = "Seen in person", riskLevel = "low",
        }, ct);
        var check = await PostJsonAsync(http, "/api/v1/conflict-checks", new { terms = new[] { "Harriet Ashdown" }, clientId }, ct);
        var checkId = check.GetProperty("id").GetGuid();
        await PostJsonAsync(http, $"/api/v1/conflict-checks/{checkId}/decision", new { decision = "clear" }, ct);
        var matter = await PostJsonAsync(http, "/api/v1/matters", new { clientId, conflictCheckId = checkId, title = "Purchase of 4 Mardol, Shrewsbury" }, ct);
        return new(matter.GetProperty("id").GetGuid(), matter.GetProperty("reference").GetString()!);
    }

    /// <summary>A draft with one £300 fee line + 20% VAT (£360.00), finalised and delivered today.</summary>
    public static async Task<Guid> DeliveredBillAsync(HttpClient http, Guid matterId, CancellationToken ct)
    {
        var bill = (await PostJsonAsync(http, "/api/v1/invoices", new { matterId }, ct)).GetProperty("id").GetGuid();
        await PostJsonAsync(http, $"/api/v1/invoices/{bill}/lines", new { kind = "fee", description = "Professional fees", netMinor = 30_000, vatRateBp = 2000 }, ct);
        await PostJsonAsync(http, $"/api/v1/invoices/{bill}/finalise", null, ct);
        await PostJsonAsync(http, $"/api/v1/invoices/{bill}/deliver", new { deliveredOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), method = "email" }, ct);
        return bill;
    }

    public static async Task<Guid> PostAsync(HttpClient http, string url, object? body, CancellationToken ct) =>
        (await PostJsonAsync(http, url, body, ct)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> PostJsonAsync(HttpClient http, string url, object? body, CancellationToken ct)
    {
        var response = body is null ? await http.PostAsync(url, null, ct) : await http.PostAsJsonAsync(url, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
