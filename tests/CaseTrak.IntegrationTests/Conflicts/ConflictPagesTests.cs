namespace CaseTrak.IntegrationTests.Conflicts;

/// <summary>The conflict pages as plain HTML forms, including the hand-back to the new-matter flow.</summary>
public sealed class ConflictPagesTests(TestApp app)
{
    [Fact]
    public async Task A_check_run_from_the_new_matter_flow_is_decided_after_confirmation_and_hands_its_id_back()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = firm.Admin;
        var clientId = await firm.PersonAsync("Harriet", "Vane");
        Assert.Contains("No conflict checks yet", await client.GetStringAsync("/conflicts"), StringComparison.Ordinal);

        var newUrl = $"/conflicts/new?clientId={clientId}&returnUrl={Uri.EscapeDataString("/matters/new?step=details")}";
        var form = await client.GetStringAsync(newUrl);
        Assert.Contains("Harriet Vane</dd>", form, StringComparison.Ordinal);
        Assert.Contains("Harriet Vane</textarea>", form, StringComparison.Ordinal);
        var run = await client.PostFormAsync(newUrl, newUrl, new() { ["Input.Terms"] = "Harriet Vane\r\n\r\nPeter Wimsey\r\n", ["Input.Notes"] = "Libel claim" });
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var record = run.Headers.Location!.OriginalString;
        Assert.StartsWith("/conflicts/", record, StringComparison.Ordinal);

        var page = await client.GetStringAsync(record);
        Assert.Contains("“Harriet Vane”", page, StringComparison.Ordinal);
        Assert.Contains("“Peter Wimsey”", page, StringComparison.Ordinal);
        Assert.Contains("Nothing found for “Peter Wimsey”", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"waived\"", page, StringComparison.Ordinal); // the owner is no partner
        var id = Guid.Parse(record.Split('?')[0]["/conflicts/".Length..]);

        var confirm = await client.PostFormAsync(record, $"/conflicts/{id}?handler=Decide", new() { ["Input.Decision"] = "clear", ["ReturnUrl"] = "/matters/new?step=details" });
        var confirmPage = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("Record as clear", confirmPage, StringComparison.Ordinal);
        Assert.Equal("pending", (await client.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200)).Str("decision"));

        var done = await client.PostFormAsync(record, $"/conflicts/{id}?handler=Confirm", new() { ["Input.Decision"] = "clear", ["ReturnUrl"] = "/matters/new?step=details" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/matters/new?step=details&conflictCheckId={id}", done.Headers.Location!.OriginalString);
        Assert.Equal("clear", (await client.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200)).Str("decision"));
        Assert.Contains("Clear</span>", await client.GetStringAsync("/conflicts?decision=clear"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_partner_is_offered_waive_and_a_foreign_return_address_is_ignored()
    {
        var firm = await TestFirm.CreateAsync(app);
        var solicitor = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var id = (await solicitor.Client.RunCheckAsync("Lord Peter Wimsey")).GetProperty("id").GetGuid();
        var url = $"/conflicts/{id}?returnUrl={Uri.EscapeDataString("https://evil.example/steal")}";

        Assert.DoesNotContain("value=\"waived\"", await solicitor.Client.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Contains("value=\"waived\"", await partner.Client.GetStringAsync(url), StringComparison.Ordinal);
        var refused = await solicitor.Client.PostFormAsync(url, $"/conflicts/{id}?handler=Confirm", new() { ["Input.Decision"] = "waived", ["Input.Reason"] = "x" });
        Assert.Contains("Only a Partner or the COLP", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await partner.Client.PostFormAsync(url, $"/conflicts/{id}?handler=Decide", new() { ["Input.Decision"] = "waived" });
        Assert.Contains("href=\"#Input_Reason\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await partner.Client.PostFormAsync(url, $"/conflicts/{id}?handler=Confirm",
            new() { ["Input.Decision"] = "waived", ["Input.Reason"] = "Informed consent from both", ["ReturnUrl"] = "https://evil.example/steal" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/conflicts/{id}", done.Headers.Location!.OriginalString);
    }
}
