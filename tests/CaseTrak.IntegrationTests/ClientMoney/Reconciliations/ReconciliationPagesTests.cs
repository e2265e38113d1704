using CaseTrak.IntegrationTests.Matters;
using System.Text;
using static CaseTrak.IntegrationTests.ClientMoney.Reconciliations.ReconciliationWorld;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

/// <summary>The reconciliation pages work as plain HTML forms: start, import, match, explain, sign off with a confirmation.</summary>
public sealed class ReconciliationPagesTests(TestApp app)
{
    [Fact]
    public async Task A_reconciliation_is_started_imported_explained_and_signed_off_through_the_pages()
    {
        var world = await CreateAsync(app, openedDaysAgo: 30);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 600_00, daysAgo: 6);
        await world.PayAsync(matter, 100_00, daysAgo: 2);
        var web = world.Firm.Admin;
        const string list = "/client-money/reconciliations";

        var overview = await web.GetStringAsync(list);
        Assert.Contains($"{world.Firm.Name} client account", overview, StringComparison.Ordinal);
        Assert.Contains("30 days", overview, StringComparison.Ordinal);
        var started = await web.PostFormAsync(list, list, new()
        {
            ["Input.BankAccountId"] = world.Account.ToString(), ["Input.StatementDate"] = Iso(1), ["Input.StatementBalance"] = "590.00",
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = started.Headers.Location!.OriginalString;

        var workspace = await web.GetStringAsync(url);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.TokenIn(workspace)!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Csv((6, "BACS SMITH", 600_00, null), (3, "ACCOUNT FEE", -10_00, null)))), "Input.File", "statement.csv" },
            { new StringContent("Date"), "Input.DateColumn" }, { new StringContent("Description"), "Input.DescriptionColumn" },
            { new StringContent("Amount"), "Input.AmountColumn" }, { new StringContent("dd/MM/yyyy"), "Input.DateFormat" }, { new StringContent("true"), "Input.HasHeader" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostAsync($"{url}?handler=Import", form)).StatusCode);
        workspace = await web.GetStringAsync(url);
        Assert.Contains("ACCOUNT FEE", workspace, StringComparison.Ordinal);
        Assert.Contains("unpresented payment", workspace, StringComparison.Ordinal);
        Assert.Contains("unexplained", workspace, StringComparison.Ordinal);

        var line = (await web.GetFromJsonAsync<JsonElement>($"{Api}/{Guid.Parse(url.Split('/')[^1])}"))
            .GetProperty("unmatchedStatementLines").EnumerateArray().Single().Id();
        var explained = await web.PostFormAsync(url, $"{url}?handler=Item", new()
        {
            ["Input.ItemLineId"] = line.ToString(), ["Input.ItemKind"] = "BankError", ["Input.Explanation"] = "Fee charged to the client account in error",
        });
        Assert.Equal(HttpStatusCode.Redirect, explained.StatusCode);
        Assert.Contains("Balanced", await web.GetStringAsync(url), StringComparison.Ordinal);

        var signed = await web.PostFormAsync($"{url}/sign-off", $"{url}/sign-off", new());
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var final = await web.GetStringAsync(url);
        Assert.Contains("Signed off by", final, StringComparison.Ordinal);
        Assert.DoesNotContain("Import and match", final, StringComparison.Ordinal);
    }
}
