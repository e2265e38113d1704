using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Reports;

public sealed class ReportAccessTests(TestApp app)
{
    private static readonly string[] Names = ["wip", "wip?by=feeEarner", "aged-debt", "billed-collected", "utilisation"];

    [Fact]
    public async Task A_matter_behind_a_barrier_appears_in_no_report_or_download_for_a_barred_partner()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var insiderUser = await firm.AddUserAsync("partner");
        var insider = await firm.SignInAsync(insiderUser);
        var barred = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var secret = await firm.OpenMatterAsAsync(insider.Client, "Secret takeover");
        var open = await firm.OpenMatterAsAsync(insider.Client, "Ordinary conveyance");
        foreach (var m in new[] { secret.Id(), open.Id() })
        {
            await firm.RecordTimeAsync(m, 60, Today.AddDays(-3), as_: insider.Client);
            await firm.FinalBillAsync(m, Today.AddDays(-1));
            await firm.RecordTimeAsync(m, 30, Today.AddDays(-1), as_: insider.Client);
        }
        await insider.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{secret.Id()}/access",
            new { restricted = true, userIds = new[] { insiderUser.Id } }, "*").ExpectAsync(200);

        foreach (var name in Names)
        {
            var sep = name.Contains('?') ? "&" : "?";
            foreach (var format in new[] { "json", "csv" })
            {
                var url = $"/api/v1/reports/{name}{sep}format={format}";
                var seen = await (await barred.Client.GetAsync(url).ExpectAsync(200)).Content.ReadAsStringAsync();
                Assert.DoesNotContain(secret.Id().ToString(), seen, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Secret takeover", seen, StringComparison.Ordinal);
                Assert.DoesNotContain(secret.Str("reference"), seen, StringComparison.Ordinal);
            }
        }
        var insiderWip = await insider.Client.ReportAsync("wip");
        Assert.Equal(2, insiderWip.Rows().Count);
        var barredWip = await barred.Client.ReportAsync("wip");
        Assert.Equal(open.Id().ToString(), Assert.Single(barredWip.Rows()).Str("matterId"));
        var barredDebt = await barred.Client.ReportAsync("aged-debt");
        Assert.Equal(24_000, barredDebt.Totals().Long("totalMinor"));
        Assert.Equal(48_000, (await insider.Client.ReportAsync("aged-debt")).Totals().Long("totalMinor"));
    }

    [Fact]
    public async Task An_unknown_report_is_404_and_bad_parameters_are_400_naming_the_field()
    {
        var firm = await TestFirm.CreateAsync(app);
        var missing = await firm.Admin.GetAsync("/api/v1/reports/client-secrets").ExpectJsonAsync(404);
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
        await firm.Admin.GetAsync("/api/v1/reports/client-secrets?format=csv").ExpectAsync(404);

        async Task<JsonElement> Errors(string query) =>
            (await firm.Admin.GetAsync($"/api/v1/reports/wip?{query}").ExpectJsonAsync(400)).GetProperty("errors");
        Assert.True((await Errors("format=pdf")).TryGetProperty("format", out _));
        Assert.True((await Errors("asOf=27/11/2026")).TryGetProperty("asOf", out _));
        Assert.True((await Errors("from=2026-02-01&to=2026-01-01")).TryGetProperty("to", out _));
        Assert.True((await Errors("from=2024-01-01&to=2026-01-01")).TryGetProperty("to", out _));
        Assert.True((await Errors("feeEarnerId=nobody")).TryGetProperty("feeEarnerId", out _));
        Assert.True((await Errors("by=client")).TryGetProperty("by", out _));
        Assert.Empty(await firm.AuditAsync("&action=BillingExported"));
    }

    [Fact]
    public async Task The_billing_dashboard_shows_an_empty_state_first_and_charts_with_tables_once_there_are_figures()
    {
        var firm = await ReportTestData.BillingFirmAsync(app);
        var empty = await firm.Admin.GetStringAsync("/billing");
        Assert.Contains("Nothing to chart yet", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.umd.min.js", empty, StringComparison.Ordinal);

        var (matter, _) = await firm.OpenBillableMatterAsync(title: "Dashboard matter");
        await firm.RecordTimeAsync(matter, 90, Today.AddDays(-2));
        await firm.FinalBillAsync(matter, Today.AddDays(-100));
        var page = WebUtility.HtmlDecode(await firm.Admin.GetStringAsync("/billing"));
        Assert.Contains("chart.umd.min.js", page, StringComparison.Ordinal);
        Assert.Contains("billing-charts.js", page, StringComparison.Ordinal);
        Assert.Contains("id=\"billing-chart-data\"", page, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(page, "Show as table"));
        Assert.Contains("£300.00", page, StringComparison.Ordinal);   // WIP
        Assert.Contains("£240.00", page, StringComparison.Ordinal);   // outstanding, all over 90 days
        Assert.Contains("/api/v1/reports/aged-debt?format=xlsx", page, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
