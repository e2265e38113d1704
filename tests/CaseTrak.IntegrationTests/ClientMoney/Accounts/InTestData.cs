using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

/// <summary>Client accounts, matters whose clients passed due diligence, and receipts, through the API.</summary>
public static class InTestData
{
    public static string Day(int days = 0) => BillTestData.Day(days);

    /// <summary>A random valid sort code and account number, so accounts never clash across tests.</summary>
    public static (string SortCode, string AccountNumber) NewBankDetails()
    {
        var n = Random.Shared.Next(10_000_000, 99_999_999);
        return ($"{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"Firm abc LLP" → "Firm abc Client Account" (AR 3.2).</summary>
    public static string ClientAccountName(this TestFirm firm) => $"{firm.Name[..^4]} Client Account";

    public static async Task<Guid> AddClientAccountAsync(this TestFirm firm, HttpClient? as_ = null)
    {
        var (sortCode, accountNumber) = NewBankDetails();
        return (await (as_ ?? firm.Admin).PostAsJsonAsync("/api/v1/client-money/bank-accounts", new
        {
            name = firm.ClientAccountName(), kind = "client", sortCode, accountNumber, bankName = "Barclays", openedOn = Day(-30),
        }).ExpectJsonAsync(201)).Id();
    }

    /// <summary>A client account and an open matter whose client's due diligence is complete.</summary>
    public static async Task<(Guid Account, Guid Matter)> AccountAndMatterAsync(this TestFirm firm) =>
        (await firm.AddClientAccountAsync(), (await firm.OpenBillableMatterAsync()).Id());

    public static Task<HttpResponseMessage> PostReceiptAsync(this HttpClient client, Guid? matterId, Guid bankAccountId, long amountMinor, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["matterId"] = matterId, ["bankAccountId"] = bankAccountId, ["amountMinor"] = amountMinor, ["receivedOn"] = Day(-2),
            ["bankedOn"] = Day(-1), ["payer"] = "Carol Client", ["method"] = "bankTransfer", ["reference"] = "COMPLETION",
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        return client.PostAsJsonAsync("/api/v1/client-money/receipts", body);
    }

    public static async Task<JsonElement> ReceiveAsync(this TestFirm firm, Guid? matterId, Guid bankAccountId, long amountMinor, object? extra = null) =>
        await firm.Admin.PostReceiptAsync(matterId, bankAccountId, amountMinor, extra).ExpectJsonAsync(201);

    public static async Task<JsonElement> LedgerAsync(this TestFirm firm, Guid matterId, HttpClient? as_ = null) =>
        await (as_ ?? firm.Admin).GetAsync($"/api/v1/matters/{matterId}/ledger").ExpectJsonAsync(200);

    public static async Task<JsonElement> AccountAsync(this TestFirm firm, Guid accountId) =>
        await firm.Admin.GetAsync($"/api/v1/client-money/bank-accounts/{accountId}").ExpectJsonAsync(200);

    /// <summary>A final bill on the matter with one £100 + VAT fee line (total £120), delivered today.</summary>
    public static async Task<Guid> DeliveredBillAsync(this TestFirm firm, Guid matterId)
    {
        var bill = await firm.DraftFeeBillAsync(matterId, (10_000, 2000));
        await firm.FinaliseAsync(bill.Id());
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/deliver", new { deliveredOn = Day(), method = "email" }).ExpectAsync(200);
        return bill.Id();
    }

    public static long Minor(this JsonElement e, string name) => e.GetProperty(name).GetInt64();
}
