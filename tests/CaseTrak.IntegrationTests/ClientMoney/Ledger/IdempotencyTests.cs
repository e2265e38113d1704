using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.ClientMoney.Ledger;

/// <summary>Idempotency-Key on money-moving POSTs (SECURITY.md), exercised on the receipts route.</summary>
public sealed class IdempotencyTests(TestApp app)
{
    private const string Receipts = "/api/v1/client-money/receipts";

    [Fact]
    public async Task A_replayed_receipt_gets_the_same_response_and_posts_once()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(firm.Admin, body, key);
        var again = await PostAsync(firm.Admin, body, key);

        Assert.Equal(201, (int)first.StatusCode);
        Assert.Equal(201, (int)again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await ReceiptCountAsync(firm));
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused_and_posts_nothing()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();
        await PostAsync(firm.Admin, body, key).ExpectAsync(201);

        var other = await PostAsync(firm.Admin, body with { AmountMinor = body.AmountMinor + 1 }, key).ExpectJsonAsync(422);

        Assert.Equal("idempotency.key_reused", other.Code());
        Assert.Equal(1, await ReceiptCountAsync(firm));
    }

    [Fact]
    public async Task Ten_identical_requests_at_once_post_one_receipt_and_the_others_replay_it_or_are_told_it_is_in_flight()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync(firm.Admin, body, key)));

        Assert.All(responses, r => Assert.Contains((int)r.StatusCode, new[] { 201, 409 }));
        Assert.Contains(responses, r => (int)r.StatusCode == 201);
        var ids = new HashSet<string>();
        foreach (var r in responses.Where(r => (int)r.StatusCode == 201))
            ids.Add((await r.JsonAsync()).Str("id"));
        Assert.Single(ids);
        Assert.Equal(1, await ReceiptCountAsync(firm));
        Assert.Equal(body.AmountMinor, await firm.WithDbAsync(db => db.Set<MatterClientBalance>().SumAsync(b => b.BalanceMinor)));
    }

    [Fact]
    public async Task A_refused_request_frees_its_key_so_the_corrected_request_can_use_it()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();

        await PostAsync(firm.Admin, body with { Payer = "" }, key).ExpectAsync(400);
        await PostAsync(firm.Admin, body, key).ExpectAsync(201);

        Assert.Equal(1, await ReceiptCountAsync(firm));
    }

    [Fact]
    public async Task Keys_belong_to_one_firm_and_an_over_long_key_is_refused()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var (other, otherBody) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();

        await PostAsync(firm.Admin, body, key).ExpectAsync(201);
        await PostAsync(other.Admin, otherBody, key).ExpectAsync(201);
        await PostAsync(firm.Admin, body, new string('k', 256)).ExpectAsync(400);

        Assert.Equal(1, await ReceiptCountAsync(firm));
        Assert.Equal(1, await ReceiptCountAsync(other));
    }

    [Fact]
    public async Task A_replayed_payment_on_a_bill_is_recorded_once()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var bill = await firm.FinaliseAsync((await firm.DraftFeeBillAsync(null, (1000, 2000))).Id());
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Pay()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{bill.Id()}/payments")
            {
                Content = JsonContent.Create(new { amountMinor = 500, receivedOn = BillTestData.Day(), method = "card", payer = "Carol Client" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        var first = await firm.Admin.SendAsync(Pay()).ExpectJsonAsync(201);
        var again = await firm.Admin.SendAsync(Pay()).ExpectJsonAsync(201);

        Assert.Equal(first.Id(), again.Id());
        Assert.Equal(500, await firm.WithDbAsync(db => db.Set<CaseTrak.Web.Features.Billing.Invoice>().Where(i => i.Id == bill.Id()).Select(i => i.PaidMinor).SingleAsync()));
    }

    [Fact]
    public async Task A_key_older_than_a_day_is_free_again_even_before_the_sweep_removes_it()
    {
        var (firm, body) = await FirmWithReceiptAsync();
        var key = Guid.NewGuid().ToString();
        await PostAsync(firm.Admin, body, key).ExpectAsync(201);
        await firm.WithDbAsync(db => db.Set<CaseTrak.Web.Platform.Idempotency.IdempotencyRecord>()
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddHours(-25))));

        var again = await PostAsync(firm.Admin, body with { AmountMinor = body.AmountMinor + 1 }, key);

        Assert.Equal(201, (int)again.StatusCode);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await ReceiptCountAsync(firm));
    }

    [Fact]
    public async Task Twelve_different_receipts_at_once_take_journal_numbers_one_to_twelve_and_keep_the_audit_chain_whole()
    {
        var (firm, body) = await FirmWithReceiptAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => PostAsync(firm.Admin, body with { AmountMinor = i * 100 }, Guid.NewGuid().ToString())));

        var numbers = new List<string>();
        foreach (var response in responses)
            numbers.Add((await response.ExpectJsonAsync(201)).Str("journalNumber"));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => LedgerPoster.FormatNumber(i)), numbers.Order());
        Assert.Equal(78_00, await firm.WithDbAsync(db => db.Set<MatterClientBalance>().SumAsync(b => b.BalanceMinor)));
        Assert.True((await firm.Admin.GetAsync("/api/v1/audit/verify").ExpectJsonAsync(200)).GetProperty("valid").GetBoolean());
    }

    private sealed record ReceiptBody(Guid MatterId, Guid BankAccountId, long AmountMinor, string ReceivedOn, string Payer, string Method, string Reference);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, ReceiptBody body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Receipts) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<int> ReceiptCountAsync(TestFirm firm) => firm.WithDbAsync(db => db.Set<ClientReceipt>().CountAsync());

    private async Task<(TestFirm Firm, ReceiptBody Body)> FirmWithReceiptAsync()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var account = await firm.Admin.PostAsJsonAsync("/api/v1/client-money/bank-accounts",
            new { name = $"{firm.Name} Client Account", kind = "client", sortCode = "20-00-00", accountNumber = "12345678" }).ExpectJsonAsync(201);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        return (firm, new ReceiptBody(matter, account.Id(), 250_00, today, "Jane Smith", "bankTransfer", "Funds on account"));
    }
}
