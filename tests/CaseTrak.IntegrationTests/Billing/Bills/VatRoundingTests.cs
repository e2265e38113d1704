using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

public sealed class VatRoundingTests(TestApp app)
{
    [Fact]
    public async Task Vat_is_rounded_on_each_line_and_then_summed_so_three_3p_lines_carry_3p_not_2p()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);

        var bill = await firm.DraftFeeBillAsync(null, (3, 2000), (3, 2000), (3, 2000));

        Assert.All(bill.Lines(), l => Assert.Equal(1, l.Long("vatMinor")));
        Assert.Equal(9, bill.Long("netMinor"));
        Assert.Equal(3, bill.Long("vatMinor"));
        Assert.Equal(12, bill.Long("totalMinor"));
        Assert.Equal("GBP", bill.Str("currency"));
        var summary = Assert.Single(bill.GetProperty("vatSummary").EnumerateArray());
        Assert.Equal(2000, summary.GetProperty("rateBp").GetInt32());
        Assert.Equal(3, summary.Long("vatMinor"));
    }

    [Fact]
    public async Task A_half_penny_of_vat_rounds_up_and_a_discount_line_reduces_vat_rounded_away_from_zero()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);

        // £10.10 at 5% is 50.5p of VAT: 51p. A £3.33 discount at 20% is −66.6p: −67p.
        var bill = await firm.DraftFeeBillAsync(null, (1010, 500), (2000, 2000));
        bill = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/lines", new { kind = "discount", description = "Goodwill", netMinor = 333, vatRateBp = 2000 })
            .ExpectJsonAsync(201);

        var lines = bill.Lines();
        Assert.Equal([51L, 400L, -67L], lines.Select(l => l.Long("vatMinor")));
        Assert.Equal(-333, lines[2].Long("netMinor"));
        Assert.Equal("discount", lines[2].Str("kind"));
        Assert.Equal(1010 + 2000 - 333, bill.Long("netMinor"));
        Assert.Equal(51 + 400 - 67, bill.Long("vatMinor"));
        Assert.Equal(bill.Long("netMinor") + bill.Long("vatMinor"), bill.Long("totalMinor"));
    }

    [Fact]
    public async Task A_percentage_discount_is_one_line_off_the_fees_and_a_write_down_keeps_the_original_and_needs_a_reason()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.DraftFeeBillAsync(null, (10000, 2000));
        var line = bill.Lines()[0];
        var url = $"/api/v1/invoices/{bill.Id()}";

        var noReason = await firm.Admin.PatchJsonAsync($"{url}/lines/{line.Id()}", new { netMinor = 8000 }, Etag(bill)).ExpectJsonAsync(400);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("adjustmentReason", out _));
        await firm.Admin.PatchJsonAsync($"{url}/lines/{line.Id()}", new { netMinor = 8000 }, "\"999\"").ExpectAsync(412);
        await firm.Admin.PatchJsonAsync($"{url}/lines/{line.Id()}", new { netMinor = 8000 }, null).ExpectAsync(428);
        bill = await firm.Admin.PatchJsonAsync($"{url}/lines/{line.Id()}", new { netMinor = 8000, adjustmentReason = "Agreed with client" }, Etag(bill))
            .ExpectJsonAsync(200);
        bill = await firm.Admin.PostAsJsonAsync($"{url}/discount", new { percentBp = 1000, reason = "Loyalty" }).ExpectJsonAsync(200);

        var written = bill.Lines()[0];
        Assert.Equal(10000, written.Long("originalNetMinor"));
        Assert.Equal(8000, written.Long("netMinor"));
        Assert.Equal("Agreed with client", written.Str("adjustmentReason"));
        var discount = bill.Lines()[1];
        Assert.Equal(-800, discount.Long("netMinor"));
        Assert.Equal(-160, discount.Long("vatMinor"));
        Assert.Equal(7200 + 1440, bill.Long("totalMinor"));
    }

    private static string Etag(JsonElement bill) => $"\"{bill.GetProperty("version").GetInt32()}\"";
}
