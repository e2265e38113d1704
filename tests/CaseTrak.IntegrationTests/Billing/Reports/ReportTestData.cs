using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using Microsoft.EntityFrameworkCore;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

/// <summary>A small hand-built firm for the reports: rates, time, bills, credit notes and payments, all through the API.</summary>
public static class ReportTestData
{
    /// <summary>£200 an hour firm-wide (60 minutes = 20000 minor), and a VAT number so bills can be finalised.</summary>
    public const long HourlyMinor = 20_000;

    public static async Task<TestFirm> BillingFirmAsync(TestApp app)
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.WithDbAsync(async db =>
        {
            var f = await db.Firms.SingleAsync();
            f.VatNumber = "GB123456789";
            return await db.SaveChangesAsync();
        });
        await firm.FirmRateAsync(HourlyMinor);
        return firm;
    }

    /// <summary>A final bill for one new hour of time on the matter, issued on the day given: 20000 net + 4000 VAT.</summary>
    public static async Task<JsonElement> FinalBillAsync(this TestFirm firm, Guid matterId, DateOnly issuedOn, int minutes = 60)
    {
        var entry = await firm.RecordTimeAsync(matterId, minutes, issuedOn.AddDays(-1));
        var draft = await firm.Admin.PostAsJsonAsync("/api/v1/invoices", new { matterId, timeEntryIds = new[] { entry.Id() } }).ExpectJsonAsync(201);
        return await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{draft.Id()}/finalise", new { issuedOn = Iso(issuedOn) }).ExpectJsonAsync(200);
    }

    public static async Task PayAsync(this TestFirm firm, Guid invoiceId, long amountMinor, DateOnly receivedOn) =>
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amountMinor, receivedOn = Iso(receivedOn) }).ExpectAsync(201);

    /// <summary>A credit note: the whole bill when no amount is given, else that net amount off its first line.</summary>
    public static async Task<JsonElement> CreditAsync(this TestFirm firm, JsonElement bill, DateOnly issuedOn, long? netMinor = null)
    {
        object body = netMinor is { } net
            ? new { reason = "Goodwill reduction", issuedOn = Iso(issuedOn), lines = new[] { new { invoiceLineId = bill.GetProperty("lines")[0].Id(), netMinor = net } } }
            : new { reason = "Billed in error", issuedOn = Iso(issuedOn) };
        return await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/credit-notes", body).ExpectJsonAsync(201);
    }

    public static async Task<JsonElement> ReportAsync(this HttpClient client, string name, string query = "") =>
        await client.GetAsync($"/api/v1/reports/{name}?{query}").ExpectJsonAsync(200);

    public static IReadOnlyList<JsonElement> Rows(this JsonElement report) => report.GetProperty("rows").EnumerateArray().ToList();

    public static JsonElement Totals(this JsonElement report) => report.GetProperty("totals");

    public static JsonElement RowFor(this JsonElement report, string key, string value) =>
        Assert.Single(report.Rows(), r => r.GetProperty(key).GetString() == value);

    public static decimal Dec(this JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    /// <summary>Opens a matter for a client with complete due diligence, as the given user (responsible for it).</summary>
    public static async Task<JsonElement> OpenMatterAsAsync(this TestFirm firm, HttpClient as_, string title)
    {
        var client = await firm.CreateClientAsync(lastName: title.Split(' ')[0]);
        await firm.CompleteDueDiligenceAsync(client);
        return await firm.OpenMatterAsync(as_: as_, clientId: client, title: title);
    }
}
