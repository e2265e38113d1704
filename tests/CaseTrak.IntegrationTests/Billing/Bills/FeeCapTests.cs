using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class FeeCapTests(TestApp app)
{
    [Fact]
    public async Task Fees_on_a_capped_matter_cannot_be_billed_past_the_cap_until_written_down()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/fee-arrangement", new { kind = "cappedFee", amountMinor = 50000 }, "*")
            .ExpectAsync(200);
        await firm.RecordTimeAsync(matter, 120);
        await firm.RecordTimeAsync(matter, 60);
        var bill = await firm.DraftAsync(new { matterId = matter });
        Assert.Equal(60000, bill.Long("netMinor"));

        var refused = await firm.FinaliseAsync(bill.Id(), 422);
        Assert.Equal("bill.over_cap", refused.Code());
        Assert.Contains("£100.00", refused.Str("detail"));
        Assert.Equal("draft", (await firm.GetBillAsync(bill.Id())).Str("status"));

        var first = bill.Lines()[0];
        await firm.Admin.SendJsonAsync(HttpMethod.Patch, $"/api/v1/invoices/{bill.Id()}/lines/{first.Id()}",
            new { netMinor = first.Long("netMinor") - 10000, adjustmentReason = "Capped fee agreed with the client" }, "*").ExpectAsync(200);
        var final = await firm.FinaliseAsync(bill.Id());
        Assert.Equal(50000, final.Long("netMinor"));

        await firm.RecordTimeAsync(matter, 6);
        var next = await firm.DraftAsync(new { matterId = matter });
        Assert.Equal("bill.over_cap", (await firm.FinaliseAsync(next.Id(), 422)).Code());
    }
}
