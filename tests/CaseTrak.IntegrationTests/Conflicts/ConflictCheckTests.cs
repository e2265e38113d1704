using CaseTrak.Web.Features.Conflicts;

namespace CaseTrak.IntegrationTests.Conflicts;

public sealed class ConflictCheckTests(TestApp app)
{
    [Fact]
    public async Task A_check_records_its_terms_who_ran_it_and_when_and_starts_pending()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.PersonAsync("Amelia", "Pond");
        var solicitor = await firm.AddUserAsync("feeEarner");
        var session = await firm.SignInAsync(solicitor);

        var response = await session.Client.PostAsJsonAsync("/api/v1/conflict-checks",
            new { terms = new[] { "  Amelia Pond ", "Rory Williams" }, notes = "New purchase", clientId = client });

        var check = await response.ExpectJsonAsync(201);
        var id = check.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/conflict-checks/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["Amelia Pond", "Rory Williams"], check.GetProperty("terms").Strings());
        Assert.Equal(solicitor.Id, check.GetProperty("runBy").GetGuid());
        Assert.Equal("pending", check.Str("decision"));
        Assert.Equal(client, check.GetProperty("clientId").GetGuid());
        Assert.Equal("Amelia Pond", check.Str("clientName"));
        Assert.Contains(check.Hits(), h => h.Str("name") == "Amelia Pond" && h.GetProperty("score").GetInt32() == 100 && h.Str("role") == "contact");
        Assert.True(DateTime.UtcNow - check.GetProperty("runAt").GetDateTime() < TimeSpan.FromMinutes(1));

        var again = await firm.Admin.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200);
        Assert.Equal(check.Hits().Count, again.Hits().Count);
        var events = await firm.AuditAsync("&action=ConflictCheckRun");
        Assert.Contains(events, e => e.Str("targetId") == id.ToString());
        Assert.DoesNotContain("Pond", JsonSerializer.Serialize(events), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_saved_through_the_contacts_api_are_found_by_their_current_and_former_names()
    {
        var firm = await TestFirm.CreateAsync(app);
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "person", ["firstName"] = "Harriet", ["lastName"] = "Vane", ["formerNames"] = new[] { "Harriet Deane" }, ["confirmDuplicate"] = true,
        };
        var id = (await firm.Admin.PostAsJsonAsync("/api/v1/contacts", body).ExpectJsonAsync(201)).GetProperty("id").GetGuid();

        var check = await firm.Admin.RunCheckAsync("Vane Harriet", "Harriet Dean");

        Assert.Contains(check.Hits(), h => h.Str("term") == "Vane Harriet" && h.GetProperty("contactId").GetGuid() == id);
        Assert.Contains(check.Hits(), h => h.Str("term") == "Harriet Dean" && h.Str("name") == "Harriet Deane (former name of Harriet Vane)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("--")]
    [InlineData("Jane Doe|")]
    [InlineData("a1|a2|a3|a4|a5|a6|a7|a8|a9|b1|b2")]
    public async Task Terms_must_number_1_to_10_of_2_to_200_characters(string joined)
    {
        var firm = await TestFirm.CreateAsync(app);
        var terms = joined.Length == 0 ? [] : joined.Split('|');

        var problem = await firm.Admin.PostAsJsonAsync("/api/v1/conflict-checks", new { terms }).ExpectJsonAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("terms", out _));
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/conflict-checks").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_term_of_201_characters_is_refused()
    {
        var firm = await TestFirm.CreateAsync(app);

        await firm.Admin.PostAsJsonAsync("/api/v1/conflict-checks", new { terms = new[] { new string('x', 201) } }).ExpectAsync(400);
    }

    [Fact]
    public async Task Only_a_partner_or_the_colp_may_waive_and_a_waiver_needs_a_reason()
    {
        var firm = await TestFirm.CreateAsync(app);
        var solicitor = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var colp = await firm.SignInAsync(await firm.AddUserAsync(["feeEarner"], null, ["colp"]));
        var first = (await solicitor.Client.RunCheckAsync("Oswin Oswald")).GetProperty("id").GetGuid();
        var second = (await solicitor.Client.RunCheckAsync("Clara Oswald")).GetProperty("id").GetGuid();

        await solicitor.Client.PostAsJsonAsync($"/api/v1/conflict-checks/{first}/decision", new { decision = "waived", reason = "Consent given" })
            .ExpectAsync(403);
        var noReason = await partner.Client.PostAsJsonAsync($"/api/v1/conflict-checks/{first}/decision", new { decision = "waived" }).ExpectJsonAsync(400);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("pending", (await firm.Admin.GetAsync($"/api/v1/conflict-checks/{first}").ExpectJsonAsync(200)).Str("decision"));

        var waived = await partner.Client.PostAsJsonAsync($"/api/v1/conflict-checks/{first}/decision",
            new { decision = "waived", reason = "Both clients gave informed consent in writing" }).ExpectJsonAsync(200);
        Assert.Equal("waived", waived.Str("decision"));
        Assert.Equal("Both clients gave informed consent in writing", waived.Str("decisionReason"));
        Assert.NotNull(waived.Str("decidedAt"));
        var byColp = await colp.Client.PostAsJsonAsync($"/api/v1/conflict-checks/{second}/decision",
            new { decision = "waived", reason = "Consent on file" }).ExpectJsonAsync(200);
        Assert.Equal("waived", byColp.Str("decision"));
        Assert.Equal(2, (await firm.AuditAsync("&action=ConflictCheckDecided")).Count);
    }

    [Fact]
    public async Task A_decided_check_cannot_be_decided_again()
    {
        var firm = await TestFirm.CreateAsync(app);
        var solicitor = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var id = (await solicitor.Client.RunCheckAsync("River Song")).GetProperty("id").GetGuid();

        var cleared = await solicitor.Client.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "clear" }).ExpectJsonAsync(200);
        Assert.Equal("clear", cleared.Str("decision"));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("decisionReason").ValueKind);

        var again = await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "conflict", reason = "Acted for the other side" })
            .ExpectJsonAsync(409);
        Assert.Equal("conflict.already_decided", again.Code());
        Assert.Equal("clear", (await firm.Admin.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200)).Str("decision"));
    }

    [Fact]
    public async Task A_conflict_needs_a_reason_and_an_unknown_decision_is_refused()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.RunCheckAsync("Donna Noble")).GetProperty("id").GetGuid();

        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "conflict" }).ExpectAsync(400);
        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "maybe" }).ExpectAsync(400);
        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "pending" }).ExpectAsync(400);

        var decided = await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "conflict", reason = "We act for the buyer" })
            .ExpectJsonAsync(200);
        Assert.Equal("conflict", decided.Str("decision"));
    }

    [Fact]
    public async Task Another_firms_check_is_not_found()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var id = (await other.Admin.RunCheckAsync("Martha Jones")).GetProperty("id").GetGuid();

        await firm.Admin.GetAsync($"/api/v1/conflict-checks/{id}").ExpectAsync(404);
        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "clear" }).ExpectAsync(404);
        Assert.Equal("pending", (await other.Admin.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200)).Str("decision"));
    }
}
