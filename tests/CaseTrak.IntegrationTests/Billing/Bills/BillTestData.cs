using CaseTrak.IntegrationTests.Matters;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Billing.Bills;

/// <summary>A VAT-registered firm, clients with due diligence done, matters, time, disbursements and bills, through the API.</summary>
public static class BillTestData
{
    public static string Day(int days = 0) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new firm with a VAT number, SRA number and address (the supplier details a VAT invoice needs) and a £200/hour default rate.</summary>
    public static async Task<TestFirm> CreateBillingFirmAsync(TestApp app, bool vatRegistered = true)
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.WithDbAsync(async db =>
        {
            var f = await db.Firms.SingleAsync();
            f.VatNumber = vatRegistered ? "GB123456789" : null;
            f.SraNumber = "612345";
            f.AddressLine1 = "1 Chancery Lane";
            f.Town = "London";
            f.Postcode = "WC2A 1AA";
            return await db.SaveChangesAsync();
        });
        await firm.Admin.PostAsJsonAsync("/api/v1/rates", new { scope = "firmDefault", hourlyRateMinor = 20000, effectiveFrom = Day(-400) }).ExpectAsync(201);
        return firm;
    }

    /// <summary>A client with an address and complete due diligence, so time can be recorded for it.</summary>
    public static async Task<Guid> CreateBillableClientAsync(this TestFirm firm, string lastName = "Client")
    {
        var id = (await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person", firstName = "Carol", lastName, confirmDuplicate = true,
            address = new { line1 = "2 Market Street", town = "Leeds", postcode = "LS1 1AA" },
        }).ExpectJsonAsync(201)).Id();
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{id}/due-diligence",
            new { status = "complete", verifiedOn = Day(-1), evidenceType = "Passport", method = "In person" }).ExpectAsync(201);
        return id;
    }

    public static async Task<JsonElement> OpenBillableMatterAsync(this TestFirm firm, Guid? clientId = null) =>
        await firm.OpenMatterAsync(clientId: clientId ?? await firm.CreateBillableClientAsync());

    public static async Task<Guid> RecordTimeAsync(this TestFirm firm, Guid matterId, int minutes = 60, string billability = "billable", string narrative = "Drafting")
    {
        var body = await firm.Admin.PostAsJsonAsync("/api/v1/time-entries", new { matterId, date = Day(-1), minutes, narrative, billability }).ExpectJsonAsync(201);
        return body.Id();
    }

    public static async Task<Guid> RecordDisbursementAsync(this TestFirm firm, Guid matterId, long amountMinor, int vatRateBp = 2000, bool agent = false,
        string description = "Courier")
    {
        var body = await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId, date = Day(-1), description, amountMinor, vatRateBp = agent ? 0 : vatRateBp, isAgentDisbursement = agent,
        }).ExpectJsonAsync(201);
        return body.Id();
    }

    public static Task<JsonElement> DraftAsync(this TestFirm firm, object body) =>
        firm.Admin.PostAsJsonAsync("/api/v1/invoices", body).ExpectJsonAsync(201);

    /// <summary>A draft on a matter with no work in progress, with fee lines of the given nets and VAT rates.</summary>
    public static async Task<JsonElement> DraftFeeBillAsync(this TestFirm firm, Guid? matterId = null, params (long Net, int RateBp)[] lines)
    {
        var matter = matterId ?? (await firm.OpenBillableMatterAsync()).Id();
        var bill = await firm.DraftAsync(new { matterId = matter });
        foreach (var (net, rate) in lines.Length == 0 ? [(10000L, 2000)] : lines)
            bill = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/lines", new { kind = "fee", description = "Professional fees", netMinor = net, vatRateBp = rate })
                .ExpectJsonAsync(201);
        return bill;
    }

    public static Task<JsonElement> FinaliseAsync(this TestFirm firm, Guid billId, int status = 200) =>
        firm.Admin.PostAsync($"/api/v1/invoices/{billId}/finalise", null).ExpectJsonAsync(status);

    public static Task<JsonElement> GetBillAsync(this TestFirm firm, Guid billId) =>
        firm.Admin.GetAsync($"/api/v1/invoices/{billId}").ExpectJsonAsync(200);

    public static Task<JsonElement> TimeEntryAsync(this TestFirm firm, Guid id) =>
        firm.Admin.GetAsync($"/api/v1/time-entries/{id}").ExpectJsonAsync(200);

    public static long Long(this JsonElement e, string name) => e.GetProperty(name).GetInt64();

    public static IReadOnlyList<JsonElement> Lines(this JsonElement bill) => bill.GetProperty("lines").EnumerateArray().ToList();
}
