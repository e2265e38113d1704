using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

/// <summary>A firm with a client account and money on its matters, posted through the ledger poster, plus statement files.</summary>
internal sealed class ReconciliationWorld(TestFirm firm, Guid account)
{
    public const string Api = "/api/v1/client-money/reconciliations";
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public TestFirm Firm => firm;
    public Guid Account => account;

    public static async Task<ReconciliationWorld> CreateAsync(TestApp app, int openedDaysAgo = 20, TestFirm? existing = null)
    {
        var firm = existing ?? await TestFirm.CreateAsync(app);
        var account = await firm.AddClientAccountAsync(Today.AddDays(-openedDaysAgo));
        return new(firm, account);
    }

    public Task<Guid> MatterAsync() => firm.OpenMatterAsync().ContinueWith(t => t.Result.Id());

    /// <summary>Money in for a matter, banked <paramref name="daysAgo"/> days ago; answers the cash-book entry id.</summary>
    public Task<Guid> ReceiveAsync(Guid matter, long pence, int daysAgo, string? reference = null) =>
        PostAsync(new(JournalKind.Receipt, Today.AddDays(-daysAgo), "Funds from client", reference,
            [new(LedgerAccountKind.ClientBank, account, null, pence), new(LedgerAccountKind.ClientLedger, account, matter, -pence)]));

    public Task<Guid> PayAsync(Guid matter, long pence, int daysAgo, string? reference = null) =>
        PostAsync(new(JournalKind.Payment, Today.AddDays(-daysAgo), "Search fees", reference,
            [new(LedgerAccountKind.ClientLedger, account, matter, pence), new(LedgerAccountKind.ClientBank, account, null, -pence)]));

    public Task<Guid> ReceiveIntoSuspenseAsync(long pence, int daysAgo) =>
        PostAsync(new(JournalKind.SuspenseReceipt, Today.AddDays(-daysAgo), "Unidentified receipt", null,
            [new(LedgerAccountKind.ClientBank, account, null, pence), new(LedgerAccountKind.Suspense, account, null, -pence)]));

    public async Task<JsonElement> StartAsync(long statementMinor, int daysAgo = 1, HttpClient? as_ = null) =>
        await (as_ ?? firm.Admin).PostAsJsonAsync(Api, new { bankAccountId = account, statementDate = Iso(daysAgo), statementBalanceMinor = statementMinor })
            .ExpectJsonAsync(201);

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid reconciliation, string fileName, string content, object? mapping = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/x-ofx");
        form.Add(file, "file", fileName);
        if (mapping is not null)
            foreach (var p in mapping.GetType().GetProperties())
                form.Add(new StringContent(Convert.ToString(p.GetValue(mapping), CultureInfo.InvariantCulture) ?? ""), p.Name);
        return client.PostAsync($"{Api}/{reconciliation}/statement", form);
    }

    public static readonly object SignedAmountMapping =
        new { dateColumn = "Date", descriptionColumn = "Description", amountColumn = "Amount", referenceColumn = "Reference", dateFormat = "dd/MM/yyyy", hasHeader = "true" };

    /// <summary>A CSV statement with a header row: (days ago, description, pence, reference).</summary>
    public static string Csv(params (int DaysAgo, string Description, long Pence, string? Reference)[] rows) =>
        "Date,Description,Amount,Reference\n" + string.Concat(rows.Select(r =>
            $"{Today.AddDays(-r.DaysAgo):dd/MM/yyyy},\"{r.Description}\",{(r.Pence / 100m).ToString("0.00", CultureInfo.InvariantCulture)},{r.Reference}\n"));

    public static string Iso(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string OfxDate(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private async Task<Guid> PostAsync(JournalDraft draft) =>
        (await firm.PostJournalAsync(draft)).Entries.Single(e => e.Account == LedgerAccountKind.ClientBank).Id;
}
