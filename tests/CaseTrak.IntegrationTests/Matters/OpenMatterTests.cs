using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Firms;

namespace CaseTrak.IntegrationTests.Matters;

public sealed class OpenMatterTests(TestApp app)
{
    [Fact]
    public async Task A_matter_opens_for_a_client_on_a_clear_check_with_the_caller_responsible_and_the_client_as_a_party()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync("Smith");
        var check = await firm.ConflictCheckAsync(client);

        var res = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = check, title = "Purchase of 1 High Street", costEstimateMinor = 150000 });
        var matter = await res.ExpectJsonAsync(201);

        Assert.Equal($"/api/v1/matters/{matter.Id()}", res.Headers.Location?.OriginalString);
        Assert.Matches("^SMIT\\d{2}-0001$", matter.Str("reference"));
        Assert.Equal("open", matter.Str("status"));
        Assert.Equal(client, matter.GetProperty("clientId").GetGuid());
        Assert.Equal("Jane Smith", matter.Str("clientName"));
        Assert.Equal(firm.Owner.Id, matter.GetProperty("responsibleUserId").GetGuid());
        Assert.Equal(150000, matter.GetProperty("costEstimateMinor").GetInt64());
        var parties = await firm.Admin.GetAsync($"/api/v1/matters/{matter.Id()}/parties").ExpectJsonAsync(200);
        var party = Assert.Single(parties.EnumerateArray());
        Assert.Equal("client", party.Str("role"));
        Assert.True(party.GetProperty("isClient").GetBoolean());
        var opened = await firm.AuditAsync("&action=MatterOpened");
        Assert.Contains(opened, e => e.Str("targetId") == matter.Id().ToString());
    }

    [Fact]
    public async Task Without_a_check_or_before_its_decision_the_matter_does_not_open()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync();
        var pending = await firm.ConflictCheckAsync(client, ConflictDecision.Pending);

        var none = await firm.Admin.PostMatterAsync(new { clientId = client, title = "No check" }).ExpectJsonAsync(422);
        var unknown = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = Guid.NewGuid(), title = "Unknown check" }).ExpectJsonAsync(422);
        var undecided = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = pending, title = "Undecided" }).ExpectJsonAsync(422);

        Assert.Equal("matter.conflict_check_required", none.Code());
        Assert.Equal("matter.conflict_check_required", unknown.Code());
        Assert.Equal("matter.conflict_check_required", undecided.Code());
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/matters").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_conflict_decision_stops_the_matter_and_a_waiver_lets_it_open()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync();
        var conflict = await firm.ConflictCheckAsync(client, ConflictDecision.Conflict);
        var waived = await firm.ConflictCheckAsync(client, ConflictDecision.Waived);

        var refused = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = conflict, title = "Conflicted" }).ExpectJsonAsync(422);
        await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = waived, title = "Waived" }).ExpectAsync(201);

        Assert.Equal("matter.conflict_not_cleared", refused.Code());
    }

    [Fact]
    public async Task A_check_opens_one_matter_only_and_a_check_for_another_client_opens_none()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync();
        var other = await firm.CreateClientAsync("Jones");
        var check = await firm.ConflictCheckAsync(client);

        var wrongClient = await firm.Admin.PostMatterAsync(new { clientId = other, conflictCheckId = check, title = "Other client" }).ExpectJsonAsync(422);
        await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = check, title = "First" }).ExpectAsync(201);
        var again = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = check, title = "Second" }).ExpectJsonAsync(422);

        Assert.Equal("matter.conflict_check_other_client", wrongClient.Code());
        Assert.Equal("matter.conflict_check_used", again.Code());
    }

    [Fact]
    public async Task An_unknown_client_or_fee_earner_is_a_bad_request_and_another_firms_client_is_unknown()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var foreignClient = await other.CreateClientAsync();
        var client = await firm.CreateClientAsync();
        var check = await firm.ConflictCheckAsync(null);

        var foreign = await firm.Admin.PostMatterAsync(new { clientId = foreignClient, conflictCheckId = check, title = "Foreign" }).ExpectJsonAsync(400);
        var badUser = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = check, title = "T", responsibleUserId = other.Owner.Id }).ExpectJsonAsync(400);

        Assert.True(foreign.GetProperty("errors").TryGetProperty("clientId", out _));
        Assert.True(badUser.GetProperty("errors").TryGetProperty("responsibleUserId", out _));
    }

    [Fact]
    public async Task Twenty_parallel_openings_for_one_client_take_numbers_1_to_20_with_no_gap_or_repeat()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.CreateClientAsync("Parallel");
        var checks = new List<Guid>();
        for (var i = 0; i < 20; i++)
            checks.Add(await firm.ConflictCheckAsync(client));

        var responses = await Task.WhenAll(checks.Select(c => firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = c, title = "Parallel" })));
        var references = await Task.WhenAll(responses.Select(async r => (await r.ExpectJsonAsync(201)).Str("reference")));

        var codes = references.Select(r => r.Split('-')[0]).Distinct().ToList();
        Assert.Single(codes);
        Assert.Equal(Enumerable.Range(1, 20), references.Select(r => int.Parse(r.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task Year_sequence_references_run_across_clients_and_parallel_openings_leave_no_gap()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.SetReferenceSchemeAsync(MatterReferenceScheme.YearSequence);
        var year = DateTime.UtcNow.Year;
        var first = await firm.OpenMatterAsync();
        var clients = new[] { await firm.CreateClientAsync("Able"), await firm.CreateClientAsync("Baker") };
        var checks = new List<(Guid Client, Guid Check)>();
        for (var i = 0; i < 19; i++)
            checks.Add((clients[i % 2], await firm.ConflictCheckAsync(clients[i % 2])));

        var responses = await Task.WhenAll(checks.Select(c => firm.Admin.PostMatterAsync(new { clientId = c.Client, conflictCheckId = c.Check, title = "Year" })));
        var references = new List<string> { first.Str("reference") };
        foreach (var r in responses)
            references.Add((await r.ExpectJsonAsync(201)).Str("reference"));

        Assert.Equal($"{year}-0001", first.Str("reference"));
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"{year}-{n:D4}"), references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_client_code_scheme_numbers_each_client_separately()
    {
        var firm = await TestFirm.CreateAsync(app);
        var smith = await firm.CreateClientAsync("Smith");
        var jones = await firm.CreateClientAsync("Jones");

        var s1 = await firm.OpenMatterAsync(clientId: smith);
        var j1 = await firm.OpenMatterAsync(clientId: jones);
        var s2 = await firm.OpenMatterAsync(clientId: smith);

        Assert.EndsWith("-0001", s1.Str("reference"));
        Assert.EndsWith("-0001", j1.Str("reference"));
        Assert.StartsWith("JONE", j1.Str("reference"));
        Assert.Equal(s1.Str("reference")[..^4] + "0002", s2.Str("reference"));
    }
}
