using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Outputs;

public sealed class OutputAccessTests(TestApp app)
{
    [Fact]
    public async Task Another_firms_bill_and_credit_note_are_not_found_as_pdf_or_LEDES()
    {
        var owner = await BillTestData.CreateBillingFirmAsync(app);
        var other = await BillTestData.CreateBillingFirmAsync(app);
        var final = await owner.FinaliseAsync((await owner.DraftFeeBillAsync()).Id());
        var credit = await owner.Admin.PostAsJsonAsync($"/api/v1/invoices/{final.Id()}/credit-notes",
            new { reason = "Part", lines = new[] { new { invoiceLineId = final.Lines()[0].Id(), netMinor = 100L } } }).ExpectJsonAsync(201);

        await other.Admin.GetAsync($"/api/v1/invoices/{final.Id()}/pdf").ExpectAsync(404);
        await other.Admin.GetAsync($"/api/v1/invoices/{final.Id()}/ledes?format=1998B").ExpectAsync(404);
        await other.Admin.GetAsync($"/api/v1/invoices/{final.Id()}/ledes?format=1998BI").ExpectAsync(404);
        await other.Admin.GetAsync($"/api/v1/credit-notes/{credit.Id()}/pdf").ExpectAsync(404);
        var csv = await (await other.Admin.GetAsync("/api/v1/bills-register/export?format=csv").ExpectAsync(200)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(final.Str("number"), csv);

        Assert.DoesNotContain(await owner.AuditAsync(), e => e.Str("action").Equals("billDownloaded", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_user_barred_from_the_matter_finds_its_bill_as_pdf_or_LEDES_not_found()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var barred = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var open = await firm.FinaliseAsync((await firm.DraftFeeBillAsync()).Id());
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var matter = (await firm.OpenMatterAsync(clientId: await firm.CreateBillableClientAsync(), as_: partner.Client)).Id();
        var restricted = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(matter)).Id());
        await partner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/access", new { restricted = true, userIds = Array.Empty<Guid>() }, "*")
            .ExpectAsync(200);

        await barred.Client.GetAsync($"/api/v1/invoices/{open.Id()}/pdf").ExpectAsync(200);
        await barred.Client.GetAsync($"/api/v1/invoices/{restricted.Id()}/pdf").ExpectAsync(404);
        await barred.Client.GetAsync($"/api/v1/invoices/{restricted.Id()}/ledes?format=1998BI").ExpectAsync(404);
        await partner.Client.GetAsync($"/api/v1/invoices/{restricted.Id()}/pdf").ExpectAsync(200);
    }
}
