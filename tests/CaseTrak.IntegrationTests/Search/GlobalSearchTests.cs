namespace CaseTrak.IntegrationTests.Search;

public sealed class GlobalSearchTests(TestApp app)
{
    [Fact]
    public async Task A_matter_is_found_by_the_start_of_its_reference_by_its_title_and_by_its_clients_name()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = await firm.AddPersonAsync("Imogen", $"Quarrington{firm.Tag}");
        var matter = await firm.AddMatterAsync(client, "QUAR01-0001", "Purchase of 12 High Street, Ludlow");
        var other = await firm.AddPersonAsync("Bob", "Elsewhere");
        await firm.AddMatterAsync(other, "ELSE01-0001", "Lease renewal");

        var byReference = await firm.Admin.SearchAsync("quar01");
        var byTitle = await firm.Admin.SearchAsync("high street, lud");
        var byClient = await firm.Admin.SearchAsync($"quarrington{firm.Tag}");

        var hit = Assert.Single(byReference, i => i.GetProperty("type").GetString() == "matter");
        Assert.Equal(matter, hit.GetProperty("id").GetGuid());
        Assert.Equal("QUAR01-0001 — Purchase of 12 High Street, Ludlow", hit.GetProperty("title").GetString());
        Assert.Contains($"Imogen Quarrington{firm.Tag}", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/matters/{matter}", hit.GetProperty("url").GetString());
        Assert.Equal([matter], byTitle.Ids("matter"));
        Assert.Equal([matter], byClient.Ids("matter"));
        // The client is also found as a contact, with a link to the contact page.
        var contact = Assert.Single(byClient, i => i.GetProperty("type").GetString() == "contact");
        Assert.Equal(client, contact.GetProperty("id").GetGuid());
        Assert.Equal($"/contacts/{client}", contact.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Contacts_are_found_by_part_of_their_name_or_email_in_any_case()
    {
        var firm = await TestFirm.CreateAsync(app);
        var ada = await firm.AddPersonAsync("Ada", $"Lovelace{firm.Tag}", $"ada.{firm.Tag}@analytical.example");

        Assert.Equal([ada], (await firm.Admin.SearchAsync($"LOVELACE{firm.Tag}")).Ids("contact"));
        Assert.Equal([ada], (await firm.Admin.SearchAsync($"ada.{firm.Tag}@analytical")).Ids("contact"));
        Assert.Empty(await firm.Admin.SearchAsync("a"));
        Assert.Empty(await firm.Admin.SearchAsync($"Nobody{firm.Tag}"));
    }

    [Fact]
    public async Task A_matter_behind_a_barrier_appears_for_its_members_and_for_nobody_else()
    {
        var firm = await TestFirm.CreateAsync(app);
        var member = await firm.AddUserAsync("partner");
        var outsider = await firm.AddUserAsync("feeEarner");
        var client = await firm.AddPersonAsync("Hector", $"Barrington{firm.Tag}");
        var open = await firm.AddMatterAsync(client, "BARR01-0001", $"Boundary dispute {firm.Tag}");
        var barred = await firm.AddMatterAsync(client, "BARR01-0002", $"Sensitive takeover {firm.Tag}", member.Id);
        var memberClient = (await firm.SignInAsync(member)).Client;
        var outsiderClient = (await firm.SignInAsync(outsider)).Client;

        foreach (var q in new[] { "BARR01", "barr01-0002", $"takeover {firm.Tag}", $"Barrington{firm.Tag}" })
        {
            var seen = (await outsiderClient.SearchAsync(q)).ToList();
            Assert.DoesNotContain(barred, seen.Ids("matter"));
            Assert.DoesNotContain(seen, i => i.GetProperty("title").GetString()!.Contains("takeover", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal([open], (await outsiderClient.SearchAsync("BARR01")).Ids("matter"));
        Assert.Equal(new HashSet<Guid> { open, barred }, (await memberClient.SearchAsync("BARR01")).Ids("matter").ToHashSet());
        Assert.Equal([barred], (await memberClient.SearchAsync($"takeover {firm.Tag}")).Ids("matter"));
    }

    [Fact]
    public async Task Another_firms_matters_and_contacts_never_appear()
    {
        var ours = await TestFirm.CreateAsync(app);
        var theirs = await TestFirm.CreateAsync(app);
        var word = $"Fotheringay{ours.Tag}";
        var ourClient = await ours.AddPersonAsync("Olwen", word);
        var ourMatter = await ours.AddMatterAsync(ourClient, "FOTH01-0001", $"{word} estate");
        var theirClient = await theirs.AddPersonAsync("Tristan", word, $"{word}@theirs.example");
        var theirMatter = await theirs.AddMatterAsync(theirClient, "FOTH01-0001", $"{word} estate");

        var ourView = await ours.Admin.SearchAsync(word);
        var ourByReference = await ours.Admin.SearchAsync("FOTH01");
        var theirView = await theirs.Admin.SearchAsync(word);

        Assert.Equal([ourMatter], ourView.Ids("matter"));
        Assert.Equal([ourClient], ourView.Ids("contact"));
        Assert.Equal([ourMatter], ourByReference.Ids("matter"));
        Assert.Equal([theirMatter], theirView.Ids("matter"));
        Assert.Equal([theirClient], theirView.Ids("contact"));
    }

    [Fact]
    public async Task Searching_needs_a_signed_in_user()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/search?q=smith");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
