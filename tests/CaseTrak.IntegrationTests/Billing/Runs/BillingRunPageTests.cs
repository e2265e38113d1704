using CaseTrak.IntegrationTests.Billing.Time;
using static CaseTrak.IntegrationTests.Billing.Runs.BillingRunTestData;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Runs;

public sealed class BillingRunPageTests(TestApp app)
{
    [Fact]
    public async Task The_billing_run_page_drafts_the_bills_and_shows_what_it_did()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(20_000);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.RecordTimeAsync(matter, 60, Day);

        var form = await firm.Admin.GetStringAsync("/billing/runs");
        Assert.Contains("Bill work up to", form);
        Assert.Contains("Draft the bills", form);
        var missing = await firm.Admin.PostFormAsync("/billing/runs", "/billing/runs", new() { ["Input.UpTo"] = "" }).ExpectAsync(200);
        Assert.Contains("Enter the date to bill work up to.", await missing.Content.ReadAsStringAsync());
        Assert.Equal(0, await firm.BillCountAsync(matter));

        var done = await firm.Admin.PostFormAsync("/billing/runs", "/billing/runs", new() { ["Input.UpTo"] = Iso(Today) }).ExpectAsync(200);
        var html = WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync());
        Assert.Contains("1 draft bill with 1 line", html);
        Assert.Contains("£240.00", html);
        Assert.Equal(1, await firm.BillCountAsync(matter));
    }

    [Fact]
    public async Task A_fee_earner_cannot_open_the_billing_run_page()
    {
        var firm = await TestFirm.CreateAsync(app);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var response = await feeEarner.Client.GetAsync("/billing/runs");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
