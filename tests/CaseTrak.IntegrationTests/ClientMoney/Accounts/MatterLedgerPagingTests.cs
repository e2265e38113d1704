using System.Globalization;
using System.Text.RegularExpressions;
using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Tenancy;

namespace CaseTrak.IntegrationTests.ClientMoney.Accounts;

/// <summary>The matter ledger a page at a time: newest first, every entry once, with the running balances of the whole ledger.</summary>
public sealed class MatterLedgerPagingTests(TestApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Walking_pages_of_fifty_gives_every_entry_once_newest_first_with_the_balances_of_the_whole_ledger()
    {
        var (firm, matter, held) = await BusyMatterAsync(receipts: 100);
        var whole = await WholeLedgerAsync(firm, matter);

        var pages = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await firm.Admin.GetAsync(LedgerUrl(matter, 50, cursor)).ExpectJsonAsync(200);
            pages.Add(page);
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var walked = pages.SelectMany(p => p.GetProperty("entries").EnumerateArray()).Select(Row).ToList();
        Assert.Equal([50, 50, 30], pages.Select(p => p.GetProperty("entries").GetArrayLength()));
        Assert.Equal(whole.Entries.Reverse().Select(Row), walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(127, walked.Count(e => e.Side == "client"));
        var office = walked.Where(e => e.Side == "office").ToList();
        Assert.Equal(["payment", "bill", "disbursement"], office.Select(e => e.Kind));
        Assert.Equal([130_00L, 150_00L, 30_00L], office.Select(e => e.Balance));
        Assert.All(pages, p => Assert.Equal((held, 130_00L), (p.Minor("clientBalanceMinor"), p.Minor("officeBalanceMinor"))));
        // The client side read oldest first adds up: each balance is the one before it plus the credit less the debit.
        var client = walked.Where(e => e.Side == "client").Reverse().ToList();
        Assert.All(client.Zip(client.Skip(1)), p => Assert.Equal(p.First.Balance + p.Second.Credit - p.Second.Debit, p.Second.Balance));
        Assert.Equal((client[0].Credit, held), (client[0].Balance, client[^1].Balance));
    }

    [Fact]
    public async Task A_limit_is_held_to_one_to_two_hundred_like_every_list_and_a_cursor_that_does_not_decode_is_a_bad_request()
    {
        var (firm, matter, _) = await BusyMatterAsync(receipts: 3);
        var tampered = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Guid.NewGuid():N}1:2:3"));

        foreach (var (limit, expected) in new[] { (0, 1), (-5, 1), (201, 8) })
            Assert.Equal(expected, (await firm.Admin.GetAsync(LedgerUrl(matter, limit, null)).ExpectJsonAsync(200)).GetProperty("entries").GetArrayLength());
        foreach (var cursor in new[] { "garbage!", "bm90IGEgY3Vyc29y", tampered })
            Assert.True((await firm.Admin.GetAsync(LedgerUrl(matter, 50, cursor)).ExpectJsonAsync(400)).GetProperty("errors").TryGetProperty("cursor", out _));
        var all = await firm.Admin.GetAsync(LedgerUrl(matter, 200, null)).ExpectJsonAsync(200);
        Assert.Equal(8, all.GetProperty("entries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task The_client_money_tab_shows_the_newest_fifty_and_links_to_older_entries_and_back()
    {
        var (firm, matter, _) = await BusyMatterAsync(receipts: 50);
        var tab = $"/matters/{matter}/client-money";

        var newest = WebUtility.HtmlDecode(await firm.Admin.GetStringAsync(tab, Ct));
        var older = Regex.Match(newest, $"href=\"({Regex.Escape(tab)}\\?cursor=[^\"]+)\">Older entries</a>").Groups[1].Value;
        Assert.DoesNotContain(">Newest entries</a>", newest, StringComparison.Ordinal);
        Assert.NotEmpty(older);
        Assert.Contains("Deposit part 2", newest, StringComparison.Ordinal);

        var page2 = WebUtility.HtmlDecode(await firm.Admin.GetStringAsync(older, Ct));
        Assert.Contains($"href=\"{tab}\">Newest entries</a>", page2, StringComparison.Ordinal);
        Assert.DoesNotContain(">Older entries</a>", page2, StringComparison.Ordinal);
        Assert.DoesNotContain("Deposit part 2", page2, StringComparison.Ordinal);
        Assert.Contains("Receipt 0 ", page2, StringComparison.Ordinal);
        await firm.Admin.GetAsync($"{tab}?cursor=garbage!").ExpectAsync(400);
    }

    private sealed record LedgerRow(string Date, string Side, string Kind, string? Journal, string Description, long Debit, long Credit, long Balance);

    private static LedgerRow Row(JsonElement e) => new(e.GetProperty("date").GetString()!, e.GetProperty("side").GetString()!, e.GetProperty("kind").GetString()!,
        e.GetProperty("journalNumber").GetString(), e.GetProperty("description").GetString()!, e.Minor("debitMinor"), e.Minor("creditMinor"), e.Minor("balanceMinor"));

    private static LedgerRow Row(MatterLedgerEntry e) => new(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Side, e.Kind, e.JournalNumber,
        e.Description, e.DebitMinor, e.CreditMinor, e.BalanceMinor);

    private static string LedgerUrl(Guid matter, int limit, string? cursor) =>
        $"/api/v1/matters/{matter}/ledger?limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");

    /// <summary>The whole ledger as the statement PDF reads it, oldest first.</summary>
    private static async Task<MatterLedgerDto> WholeLedgerAsync(TestFirm firm, Guid matter)
    {
        await using var scope = firm.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firm.Id);
        return await scope.ServiceProvider.GetRequiredService<MatterLedgerHandler>().FullHistoryAsync(matter, Ct);
    }

    /// <summary>
    /// A matter with <paramref name="receipts"/> receipts two a day over two client accounts, a payment out after every
    /// fourth, a receipt split over two lines of one journal (today), and on the office side a £120 bill, a £20 payment
    /// and a £30 disbursement paid 30 days ago. Answers the client money held.
    /// </summary>
    private async Task<(TestFirm Firm, Guid Matter, long Held)> BusyMatterAsync(int receipts)
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (first, matter) = await firm.AccountAndMatterAsync();
        var second = await firm.AddClientAccountAsync();
        var held = 0L;
        for (var i = 0; i < receipts; i++)
        {
            var (day, account, pence) = (DateOnly.Parse(InTestData.Day(-60 + i / 2), CultureInfo.InvariantCulture), i % 5 == 0 ? second : first, 100_00L + i);
            await firm.PostJournalAsync(new(JournalKind.Receipt, day, $"Receipt {i} for the matter", null,
                [new(LedgerAccountKind.ClientBank, account, null, pence), new(LedgerAccountKind.ClientLedger, account, matter, -pence)]));
            held += pence;
            if (i % 4 != 3)
                continue;
            await firm.PostJournalAsync(new(JournalKind.Payment, day, $"Payment after receipt {i}", null,
                [new(LedgerAccountKind.ClientLedger, first, matter, 30_00), new(LedgerAccountKind.ClientBank, first, null, -30_00)]));
            held -= 30_00;
        }
        await firm.PostJournalAsync(new(JournalKind.Receipt, DateOnly.Parse(InTestData.Day(), CultureInfo.InvariantCulture), "Deposit", null,
        [
            new(LedgerAccountKind.ClientBank, first, null, 300_00), new(LedgerAccountKind.ClientLedger, first, matter, -100_00, "Deposit part 1"),
            new(LedgerAccountKind.ClientLedger, first, matter, -200_00, "Deposit part 2"),
        ]));
        held += 300_00;

        var bill = await firm.DeliveredBillAsync(matter);
        await firm.Admin.PostAsJsonAsync($"/api/v1/invoices/{bill}/payments", new { amountMinor = 20_00, receivedOn = InTestData.Day(), method = "card" }, Ct)
            .ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync("/api/v1/disbursements", new
        {
            matterId = matter, date = InTestData.Day(-30), description = "Search fee", amountMinor = 30_00, vatRateBp = 0, paid = true, paidOn = InTestData.Day(-30),
        }, Ct).ExpectAsync(201);
        return (firm, matter, held);
    }
}
