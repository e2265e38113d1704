using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Matters;

namespace CaseTrak.IntegrationTests.Conflicts;

/// <summary>A conflict search looks behind information barriers, but only the COLP and the barrier's members see what it found there.</summary>
public sealed class RestrictedHitTests(TestApp app)
{
    [Fact]
    public async Task A_hit_on_a_restricted_matter_is_redacted_for_others_and_detailed_for_members_and_the_colp()
    {
        var firm = await TestFirm.CreateAsync(app);
        var member = await firm.AddUserAsync("feeEarner");
        var outsider = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var colp = await firm.SignInAsync(await firm.AddUserAsync(["partner"], null, ["colp"]));
        var client = await firm.PersonAsync("Rupert", "Fairweather");
        var otherSide = await firm.OrganisationAsync("Fairweather Estates Ltd");
        var matter = await firm.MatterAsync($"{firm.Tag}-SECRET", client, MatterStatus.Open, (otherSide, PartyRole.OtherSide));
        await firm.BarAsync(matter, member.Id);

        var run = await outsider.Client.RunCheckAsync("Rupert Fairweather", "Fairweather Estates");
        var id = run.GetProperty("id").GetGuid();

        foreach (var check in new[] { run, await outsider.Client.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200) })
        {
            var hits = check.Hits();
            Assert.Equal(2, hits.Count); // one line per term, however many restricted hits
            Assert.All(hits, h =>
            {
                Assert.Equal(ConflictHitDto.RestrictedName, h.Str("name"));
                Assert.True(h.GetProperty("restricted").GetBoolean());
                foreach (var field in new[] { "contactId", "matterId", "matterReference", "clientId", "clientName", "role" })
                    Assert.Equal(JsonValueKind.Null, h.GetProperty(field).ValueKind);
            });
            Assert.DoesNotContain("SECRET", check.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(matter.ToString(), check.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        var page = await outsider.Client.GetStringAsync($"/conflicts/{id}");
        Assert.Contains(ConflictHitDto.RestrictedName, page, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", page, StringComparison.Ordinal);
        Assert.Contains($"{firm.Tag}-SECRET", await colp.Client.GetStringAsync($"/conflicts/{id}"), StringComparison.Ordinal);

        foreach (var reader in new[] { colp, await firm.SignInAsync(member) })
        {
            var check = await reader.Client.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200);
            var hit = Assert.Single(check.Hits(), h => h.Str("term") == "Rupert Fairweather");
            Assert.Equal("Rupert Fairweather", hit.Str("name"));
            Assert.Equal(matter, hit.GetProperty("matterId").GetGuid());
            Assert.Equal($"{firm.Tag}-SECRET", hit.Str("matterReference"));
            Assert.Equal("client", hit.Str("role"));
            Assert.Equal("Rupert Fairweather", hit.Str("clientName"));
            Assert.True(hit.GetProperty("restricted").GetBoolean());
            Assert.Contains(check.Hits(), h => h.Str("name") == "Fairweather Estates Ltd" && h.Str("role") == "otherSide");
        }
    }

    [Fact]
    public async Task The_history_list_counts_hits_as_each_reader_sees_them_so_restricted_ones_cannot_be_counted()
    {
        var firm = await TestFirm.CreateAsync(app);
        var member = await firm.AddUserAsync("feeEarner");
        var outsider = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var colp = await firm.SignInAsync(await firm.AddUserAsync(["partner"], null, ["colp"]));
        var client = await firm.PersonAsync("Rupert", "Fairweather");
        var otherSide = await firm.PersonAsync("Rupert", "Fairwether");
        var matter = await firm.MatterAsync($"{firm.Tag}-SECRET", client, MatterStatus.Open, (otherSide, PartyRole.OtherSide));
        await firm.BarAsync(matter, member.Id);

        var id = (await outsider.Client.RunCheckAsync("Rupert Fairweather")).GetProperty("id").GetGuid();

        var colpHits = (await colp.Client.GetAsync($"/api/v1/conflict-checks/{id}").ExpectJsonAsync(200)).Hits().Count;
        Assert.True(colpHits >= 2, $"both restricted names should match, got {colpHits}");
        Assert.Equal(1, await ListedHitCountAsync(outsider, id));
        Assert.Equal(colpHits, await ListedHitCountAsync(colp, id));
    }

    private static async Task<int> ListedHitCountAsync(TestSession reader, Guid checkId) =>
        (await reader.Client.GetAsync("/api/v1/conflict-checks").ExpectJsonAsync(200)).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == checkId).GetProperty("hitCount").GetInt32();

    [Fact]
    public async Task An_open_matter_beside_a_restricted_one_is_still_shown_in_full()
    {
        var firm = await TestFirm.CreateAsync(app);
        var outsider = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));
        var client = await firm.PersonAsync("Petronella", "Osgood");
        var barred = await firm.MatterAsync($"{firm.Tag}-A", client);
        await firm.MatterAsync($"{firm.Tag}-B", client);
        await firm.BarAsync(barred, firm.Owner.Id);

        var check = await outsider.Client.RunCheckAsync("Petronella Osgood");

        var hits = check.Hits();
        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, h => h.Str("matterReference") == $"{firm.Tag}-B" && !h.GetProperty("restricted").GetBoolean());
        Assert.Contains(hits, h => h.Str("name") == ConflictHitDto.RestrictedName && h.Str("matterReference") is null);
    }
}
