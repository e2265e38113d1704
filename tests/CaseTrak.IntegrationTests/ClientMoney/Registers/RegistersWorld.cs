using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

/// <summary>A firm with a client account, and money put into and out of matters' ledgers through the poster.</summary>
internal sealed class RegistersWorld(TestApp app, TestFirm firm, Guid account)
{
    public TestFirm Firm { get; } = firm;
    public Guid Account { get; } = account;

    public static async Task<RegistersWorld> CreateAsync(TestApp app)
    {
        var firm = await TestFirm.CreateAsync(app);
        var account = await firm.WithDbAsync(async db =>
        {
            var a = new BankAccount
            {
                Kind = BankAccountKind.Client, Name = $"{firm.Name} client account", SortCode = "200000", AccountNumber = "12345678",
                OpenedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10), CreatedByUserId = firm.Owner.Id, CreatedAt = DateTime.UtcNow,
            };
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
        return new(app, firm, account);
    }

    public async Task<TestSession> SessionAsync(string role) => await Firm.SignInAsync(await Firm.AddUserAsync(role));

    public Task<LedgerJournal> ReceiveAsync(Guid matter, long pence, DateOnly on, string description = "Funds on account") =>
        PostAsync(new(JournalKind.Receipt, on, description, $"REF-{pence}",
            [new(LedgerAccountKind.ClientBank, Account, null, pence), new(LedgerAccountKind.ClientLedger, Account, matter, -pence)]));

    public Task<LedgerJournal> PayAsync(Guid matter, long pence, DateOnly on, string description = "Search fees") =>
        PostAsync(new(JournalKind.Payment, on, description, null,
            [new(LedgerAccountKind.ClientLedger, Account, matter, pence), new(LedgerAccountKind.ClientBank, Account, null, -pence)]));

    private async Task<LedgerJournal> PostAsync(JournalDraft draft)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Firm.Id);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var journal = await scope.ServiceProvider.GetRequiredService<LedgerPoster>().PostAsync(draft, Firm.Owner.Id, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return journal;
    }

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
