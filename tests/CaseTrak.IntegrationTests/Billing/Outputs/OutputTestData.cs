using System.Globalization;
using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using UglyToad.PdfPig;

namespace CaseTrak.IntegrationTests.Billing.Outputs;

/// <summary>A finalised bill with time (UTBMS-coded), a recharged expense and an agent disbursement, and PDF text.</summary>
public static class OutputTestData
{
    public const string Narrative = "Work on the defence and the court filing";

    public static async Task<(JsonElement Bill, Guid Matter)> FinalisedBillAsync(TestFirm firm, bool finalise = true, string kind = "invoice")
    {
        await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectAsync(200);
        var settings = await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectAsync(200);
        await firm.Admin.PatchJsonAsync("/api/v1/billing/settings",
            new { paymentDetails = "Office account: sort code 12-34-56, account 87654321" }, settings.ETag()).ExpectAsync(200);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        await firm.Admin.PostAsJsonAsync("/api/v1/time-entries", new
        {
            matterId = matter, date = BillTestData.Day(-2), minutes = 87, narrative = "Drafted the defence", activityCode = "A103", taskCode = "L210",
        }).ExpectAsync(201);
        await firm.RecordDisbursementAsync(matter, 2_450, description: "Courier to court");
        await firm.RecordDisbursementAsync(matter, 33_200, agent: true, description: "Court issue fee");
        var draft = await firm.DraftAsync(new { matterId = matter, narrative = Narrative, kind });
        var bill = finalise ? await firm.FinaliseAsync(draft.Id()) : draft;
        return (bill, matter);
    }

    /// <summary>The words of every page in reading order, one space between words.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    public static string Money(long minor) => "£" + (minor / 100m).ToString("N2", CultureInfo.GetCultureInfo("en-GB"));

    public static string UkDate(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static async Task<byte[]> BytesAsync(this Task<HttpResponseMessage> call, int status, string contentType)
    {
        var response = await call.ExpectAsync(status);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
