using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Time;

/// <summary>The time pages work as plain HTML forms: no script involved.</summary>
public sealed class TimePagesTests(TestApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A page's text as a reader sees it ("£" rather than "&amp;#xA3;").</summary>
    private static async Task<string> Html(HttpClient client, string url, CancellationToken ct) => WebUtility.HtmlDecode(await client.GetStringAsync(url, ct));

    [Fact]
    public async Task Time_typed_on_the_timesheet_lands_in_the_week_grid_and_the_next_entry_starts_at_the_matter()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(20_000);
        var reference = (await firm.Admin.GetAsync($"/api/v1/matters/{matter}").ExpectJsonAsync(200)).Str("reference");
        Assert.Contains("No time recorded this week", await Html(firm.Admin, "/time", Ct), StringComparison.Ordinal);

        var saved = await firm.Admin.PostFormAsync("/time", "/time", new()
        {
            ["Input.Matter"] = $"{reference} — Purchase of 1 High Street", ["Input.Date"] = TimeTestData.Iso(TimeTestData.Today),
            ["Input.Duration"] = "1:30", ["Input.Narrative"] = "Reviewing the title", ["Input.Billability"] = "billable",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("#entry", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var week = await Html(firm.Admin, saved.Headers.Location!.OriginalString.Split('#')[0], Ct);
        Assert.Contains("Reviewing the title", week, StringComparison.Ordinal);
        Assert.Contains("1.50", week, StringComparison.Ordinal);
        Assert.Contains("£300.00", week, StringComparison.Ordinal);
        Assert.Contains("autofocus", week, StringComparison.Ordinal);

        var bad = await firm.Admin.PostFormAsync("/time", "/time", new() { ["Input.Matter"] = "NOPE-404", ["Input.Duration"] = "soon", ["Input.Narrative"] = "Call" });
        var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("value=\"NOPE-404\"", page, StringComparison.Ordinal);
        Assert.Single((await firm.Admin.GetAsync("/api/v1/time-entries").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task The_top_bar_timer_starts_pauses_and_stops_into_time_on_the_matter_tab()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var tab = $"/matters/{matter}/billing";
        Assert.Contains("No unbilled time", await Html(firm.Admin, tab, Ct), StringComparison.Ordinal);

        var started = await firm.Admin.PostFormAsync(tab, $"/time/timers?handler=Start&returnUrl={Uri.EscapeDataString(tab)}", new());
        Assert.Equal(tab, started.Headers.Location!.OriginalString);
        var running = await Html(firm.Admin, tab, Ct);
        Assert.Contains("data-timer-running=\"true\"", running, StringComparison.Ordinal);
        var timer = Assert.Single((await firm.Admin.GetAsync("/api/v1/timers").ExpectJsonAsync(200)).Items()).Id();

        var stop = await firm.Admin.PostFormAsync("/time/timers", $"/time/timers?handler=Stop&id={timer}", new());
        Assert.Contains("Choose the matter", WebUtility.HtmlDecode(await stop.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var reference = (await firm.Admin.GetAsync($"/api/v1/matters/{matter}").ExpectJsonAsync(200)).Str("reference");
        var stopped = await firm.Admin.PostFormAsync("/time/timers", $"/time/timers?handler=Stop&id={timer}&returnUrl={Uri.EscapeDataString(tab)}",
            new() { ["Input.Matter"] = reference, ["Input.Narrative"] = "Telephone call with the client" });
        Assert.Equal(tab, stopped.Headers.Location!.OriginalString);

        var after = await Html(firm.Admin, tab, Ct);
        Assert.Contains("Telephone call with the client", after, StringComparison.Ordinal);
        Assert.Contains("Start timer", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disbursement_and_a_fixed_fee_are_set_from_the_matter_tab()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        var tab = $"/matters/{matter}/billing";

        var disbursement = await firm.Admin.PostFormAsync(tab, $"{tab}?handler=Disbursement", new()
        {
            ["Input.Description"] = "Local authority search", ["Input.Amount"] = "£1,234.50", ["Input.Supplier"] = "Council",
        });
        Assert.Equal(HttpStatusCode.Redirect, disbursement.StatusCode);
        var arrangement = await firm.Admin.PostFormAsync(tab, $"{tab}?handler=Arrangement", new()
        {
            ["Input.Kind"] = "fixedFee", ["Input.Stages"] = "Exchange; 900; 20\nCompletion; 600", ["Input.ArrangementVersion"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, arrangement.StatusCode);

        var page = await Html(firm.Admin, tab, Ct);
        Assert.Contains("£1,234.50", page, StringComparison.Ordinal);
        Assert.Contains("£246.90", page, StringComparison.Ordinal);
        Assert.Contains("£1,500.00 + VAT", page, StringComparison.Ordinal);
        var fee = await firm.Admin.GetAsync($"/api/v1/matters/{matter}/fee-arrangement").ExpectJsonAsync(200);
        Assert.Equal(["Exchange", "Completion"], fee.GetProperty("stages").EnumerateArray().Select(s => s.Str("name")));
    }

    [Fact]
    public async Task An_administrator_locks_a_period_and_adds_a_rate_from_the_settings_pages()
    {
        var firm = await TestFirm.CreateAsync(app);
        var version = (await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectJsonAsync(200)).Int("version");

        var saved = await firm.Admin.PostFormAsync("/settings/billing", "/settings/billing", new()
        {
            ["Input.TimeUnitMinutes"] = "6", ["Input.DefaultVatRate"] = "20", ["Input.LockedThrough"] = "2026-03-31", ["Input.CddIntakeAllowanceMinutes"] = "60",
            ["Input.PaymentTermsDays"] = "30", ["Input.InvoicePrefix"] = "INV-", ["Input.CreditNotePrefix"] = "CN-", ["Input.RequestPrefix"] = "RFP-",
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rate = await firm.Admin.PostFormAsync("/settings/rates", "/settings/rates", new()
        {
            ["Input.Scope"] = "firmDefault", ["Input.HourlyRate"] = "187.50", ["Input.EffectiveFrom"] = "2026-04-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, rate.StatusCode);

        Assert.Equal("2026-03-31", (await firm.Admin.GetAsync("/api/v1/billing/settings").ExpectJsonAsync(200)).Str("lockedThrough"));
        Assert.Contains("£187.50", await Html(firm.Admin, "/settings/rates", Ct), StringComparison.Ordinal);
        var feeEarner = (await firm.SignInAsync(await firm.AddUserAsync("feeEarner"))).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await feeEarner.GetAsync("/settings/billing", Ct)).StatusCode);
    }

    [Fact]
    public async Task Time_waiting_for_approval_is_listed_and_approved_from_the_approvals_page()
    {
        var firm = await TestFirm.CreateAsync(app);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.FirmRateAsync(20_000);
        await firm.PatchSettingsAsync(new { requireTimeApproval = true });
        var entry = await firm.RecordTimeAsync(matter, 30, narrative: "Attending the client at the police station");
        Assert.Equal("pending", entry.Str("approval"));
        Assert.Contains("Attending the client at the police station", await Html(firm.Admin, "/time/approvals", Ct), StringComparison.Ordinal);

        var approved = await firm.Admin.PostFormAsync("/time/approvals", "/time/approvals", new() { ["Ids"] = entry.Id().ToString() });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("approved", (await firm.Admin.GetAsync($"/api/v1/time-entries/{entry.Id()}").ExpectJsonAsync(200)).Str("approval"));
        Assert.Contains("Nothing waiting for approval", await Html(firm.Admin, "/time/approvals", Ct), StringComparison.Ordinal);
    }
}
