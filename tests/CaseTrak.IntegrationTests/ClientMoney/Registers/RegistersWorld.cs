using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

/// <summary>A firm with a client account, and money put into and out of matters' ledgers through the poster.</summary>
internal sealed class RegistersWorld(TestFirm firm, Guid account)
{
    public TestFirm Firm { get; } = firm;
    public Guid Account { get; } = account;

    public static async Task<RegistersWorld> CreateAsync(TestApp app)
    {
        var firm = await TestFirm.CreateAsync(app);
        var account = await firm.AddClientAccountAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10));
        return new(firm, account);
    }

    public async Task<TestSession> SessionAsync(string role) => await Firm.SignInAsync(await Firm.AddUserAsync(role));

    public Task<LedgerJournal> ReceiveAsync(Guid matter, long pence, DateOnly on, string description = "Funds on account") =>
        PostAsync(new(JournalKind.Receipt, on, description, $"REF-{pence}",
            [new(LedgerAccountKind.ClientBank, Account, null, pence), new(LedgerAccountKind.ClientLedger, Account, matter, -pence)]));

    public Task<LedgerJournal> PayAsync(Guid matter, long pence, DateOnly on, string description = "Search fees") =>
        PostAsync(new(JournalKind.Payment, on, description, null,
            [new(LedgerAccountKind.ClientLedger, Account, matter, pence), new(LedgerAccountKind.ClientBank, Account, null, -pence)]));

    private async Task<LedgerJournal> PostAsync(JournalDraft draft) => (await Firm.PostJournalAsync(draft)).Journal;

    /// <summary>A matter opened by a Partner and then restricted to that Partner alone.</summary>
    public async Task<JsonElement> BarredMatterAsync(string title)
    {
        var partnerUser = await Firm.AddUserAsync("partner");
        var partner = await Firm.SignInAsync(partnerUser);
        var matter = await Firm.OpenMatterAsync(as_: partner.Client, title: title);
        await partner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{matter.Id()}/access",
            new { restricted = true, userIds = new[] { partnerUser.Id } }, "*").ExpectAsync(200);
        return matter;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
