using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.Billing;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Runs;

/// <summary>Work to bill and the calls of a billing run, for one test's own firm.</summary>
public static class BillingRunTestData
{
    public static readonly DateOnly Day = Today.AddDays(-20);

    public static Task<HttpResponseMessage> RunBillingAsync(this HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/billing-runs", body);

    public static Task<JsonElement> RunAsync(this TestFirm firm, DateOnly upTo, Guid[]? matterIds = null, HttpClient? as_ = null) =>
        (as_ ?? firm.Admin).RunBillingAsync(new { upTo = Iso(upTo), matterIds }).ExpectJsonAsync(200);

    /// <summary>A disbursement recorded through POST /api/v1/disbursements; an agent disbursement carries no VAT.</summary>
    public static async Task<Guid> AddDisbursementAsync(this TestFirm firm, Guid matterId, DateOnly date, long amountMinor, bool agent, string description) =>
        (await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId, date = Iso(date), description, amountMinor, vatRateBp = agent ? 0 : 2000, isAgentDisbursement = agent,
        }).ExpectJsonAsync(201)).Id();

    /// <summary>The same mix of work on a matter: billable time on two days (odd minutes), no-charge and non-billable time, an expense and an agent disbursement.</summary>
    public static async Task AddWorkAsync(this TestFirm firm, Guid matter)
    {
        await firm.RecordTimeAsync(matter, 47, Day.AddDays(2), narrative: "Reviewing the lease", activityCode: "A104");
        await firm.RecordTimeAsync(matter, 13, Day, narrative: "Call with the client");
        await firm.RecordTimeAsync(matter, 30, Day.AddDays(1), narrative: "Courtesy call", billability: "noCharge");
        await firm.RecordTimeAsync(matter, 60, Day.AddDays(1), narrative: "Training", billability: "nonBillable");
        await firm.AddDisbursementAsync(matter, Day.AddDays(3), 25_500, agent: true, "Court fee");
        await firm.AddDisbursementAsync(matter, Day.AddDays(1), 1_999, agent: false, "Courier");
    }

    public static async Task<JsonElement> OnlyBillOfAsync(this TestFirm firm, Guid matter)
    {
        var bills = (await firm.Admin.GetAsync($"/api/v1/invoices?matterId={matter}").ExpectJsonAsync(200)).Items();
        var bill = Assert.Single(bills);
        return await firm.Admin.GetAsync($"/api/v1/invoices/{bill.Id()}").ExpectJsonAsync(200);
    }

    public static async Task<int> BillCountAsync(this TestFirm firm, Guid matter) =>
        (await firm.Admin.GetAsync($"/api/v1/invoices?matterId={matter}").ExpectJsonAsync(200)).Items().Count;

    public static async Task<string> TimeStatusAsync(this TestFirm firm, Guid entry, HttpClient? as_ = null) =>
        (await (as_ ?? firm.Admin).GetAsync($"/api/v1/time-entries/{entry}").ExpectJsonAsync(200)).Str("status");

    /// <summary>A line as a user compares two bills: everything but its own id and the ids of the work behind it.</summary>
    public static string Shape(JsonElement line) => string.Join("|",
        new[] { "position", "kind", "date", "description", "userId", "activityCode", "taskCode", "units", "unitMinutes", "rateMinor",
            "originalNetMinor", "netMinor", "adjustmentReason", "vatRateBp", "vatMinor" }
        .Select(p => line.GetProperty(p).ToString()));
}
