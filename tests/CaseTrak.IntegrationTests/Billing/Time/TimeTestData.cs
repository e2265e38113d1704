using System.Globalization;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Time;

/// <summary>Matters ready for time, rates and time entries for one test's own firm.</summary>
public static class TimeTestData
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Records complete due diligence for a client, so its matters can take time beyond the intake allowance.</summary>
    public static async Task CompleteDueDiligenceAsync(this TestFirm firm, Guid clientId) =>
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{clientId}/due-diligence", new
        {
            status = "complete", verifiedOn = Iso(Today.AddDays(-1)), evidenceType = "Passport", method = "In person",
        }).ExpectAsync(201);

    /// <summary>An open matter whose client has complete due diligence; returns (matterId, clientId).</summary>
    public static async Task<(Guid Matter, Guid Client)> OpenBillableMatterAsync(this TestFirm firm, Guid? clientId = null, string title = "Purchase of 1 High Street")
    {
        var client = clientId ?? await firm.CreateClientAsync();
        if (clientId is null)
            await firm.CompleteDueDiligenceAsync(client);
        var matter = await firm.OpenMatterAsync(clientId: client, title: title);
        return (matter.Id(), client);
    }

    public static async Task<JsonElement> SetRateAsync(this TestFirm firm, object body) =>
        await firm.Admin.PostAsJsonAsync("/api/v1/rates", body).ExpectJsonAsync(201);

    public static Task<JsonElement> FirmRateAsync(this TestFirm firm, long hourlyRateMinor, DateOnly? from = null) =>
        firm.SetRateAsync(new { scope = "firmDefault", hourlyRateMinor, effectiveFrom = Iso(from ?? new DateOnly(2020, 1, 1)) });

    public static Task<HttpResponseMessage> PostTimeAsync(this HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/time-entries", body);

    /// <summary>Records time through the API as the given client (the Owner by default) and answers the entry.</summary>
    public static async Task<JsonElement> RecordTimeAsync(this TestFirm firm, Guid matterId, int minutes, DateOnly? date = null, HttpClient? as_ = null,
        string narrative = "Drafting the contract", string? activityCode = null, string? billability = null) =>
        await (as_ ?? firm.Admin).PostTimeAsync(new { matterId, date = Iso(date ?? Today), minutes, narrative, activityCode, billability }).ExpectJsonAsync(201);

    public static async Task<JsonElement> PatchSettingsAsync(this TestFirm firm, object body)
    {
        var current = await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectAsync(200);
        return await firm.Admin.PatchJsonAsync("/api/v1/billing/settings", body, current.ETag()).ExpectJsonAsync(200);
    }

    public static long Long(this JsonElement e, string name) => e.GetProperty(name).GetInt64();

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
