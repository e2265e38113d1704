using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.ClientMoney.Payments;

/// <summary>A firm with a client account, matters holding client money, approvers and delivered bills.</summary>
public static class PaymentsTestData
{
    public const string PaymentsUrl = "/api/v1/client-money/payments";
    public const string TransfersUrl = "/api/v1/client-money/transfers";

    public static Task<Guid> ClientAccountAsync(this TestFirm firm) => firm.AddClientAccountAsync();

    /// <summary>Money received for the matter, posted as a receipt journal through the poster.</summary>
    public static Task ReceiveAsync(this TestFirm firm, Guid matter, Guid account, long pence) =>
        firm.PostJournalAsync(new JournalDraft(JournalKind.Receipt, DateOnly.FromDateTime(DateTime.UtcNow), "Funds on account", null,
            [new(LedgerAccountKind.ClientBank, account, null, pence), new(LedgerAccountKind.ClientLedger, account, matter, -pence)]));

    /// <summary>The matter's client balance as the poster keeps it, and as the ledger entries add up (seen past any barrier).</summary>
    public static Task<(long Held, long FromEntries)> BalanceAsync(this TestFirm firm, Guid matter) => firm.WithDbAsync(async db => (
        await db.Set<MatterClientBalance>().IgnoreQueryFilters([AppDbContext.BarrierFilter]).Where(b => b.MatterId == matter).SumAsync(b => (long?)b.BalanceMinor) ?? 0,
        -await db.Set<LedgerEntry>().IgnoreQueryFilters([AppDbContext.BarrierFilter]).Where(e => e.MatterId == matter && e.Account == LedgerAccountKind.ClientLedger).SumAsync(e => (long?)e.AmountMinor) ?? 0));

    /// <summary>Puts the matter behind an information barrier with nobody listed, set by a COLP (who still sees it).</summary>
    public static async Task BarAsync(this TestFirm firm, Guid matter)
    {
        var colp = await firm.SignInAsync(await firm.AddUserAsync(["partner"], null, ["colp"]));
        await colp.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter}/access", new { restricted = true, userIds = Array.Empty<Guid>() }, "*")
            .ExpectAsync(200);
    }

    public static Task<int> JournalCountAsync(this TestFirm firm) => firm.WithDbAsync(db => db.Set<LedgerJournal>().CountAsync());

    /// <summary>A billing firm, a matter holding the given client money in a new client account.</summary>
    public static async Task<(TestFirm Firm, Guid Matter, Guid Account)> FirmWithMoneyAsync(TestApp app, long pence)
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var account = await firm.ClientAccountAsync();
        if (pence > 0)
            await firm.ReceiveAsync(matter, account, pence);
        return (firm, matter, account);
    }

    public static Task<HttpResponseMessage> RequestAsync(this HttpClient client, Guid matter, Guid account, long pence, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["matterId"] = matter, ["bankAccountId"] = account, ["amountMinor"] = pence, ["payee"] = "HM Land Registry",
            ["purpose"] = "Registration fee", ["instruction"] = "Client asked by letter of 2 November to pay the fee",
            ["payeeSortCode"] = "20 00 00", ["payeeAccountNumber"] = "87654321",
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        return client.PostAsJsonAsync(PaymentsUrl, body);
    }

    /// <summary>A final bill of the given total (net £100 + 20% VAT by default) on the matter, delivered unless asked not to.</summary>
    public static async Task<JsonElement> BillAsync(this TestFirm firm, Guid matter, bool delivered = true, long net = 100_00)
    {
        var draft = await firm.DraftFeeBillAsync(matter, (net, 2000));
        var bill = await firm.FinaliseAsync(draft.Id());
        if (delivered)
            bill = await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/deliver", new { deliveredOn = BillTestData.Day(), method = "email" })
                .ExpectJsonAsync(200);
        return bill;
    }
}
