namespace CaseTrak.IntegrationTests.Contacts;

/// <summary>The contact pages work as plain HTML forms: no script involved.</summary>
public sealed class ContactPagesTests(TestApp app)
{
    [Fact]
    public async Task A_contact_added_from_the_new_matter_flow_goes_back_to_it_and_never_to_another_site()
    {
        var firm = await TestFirm.CreateAsync(app);
        var form = new Dictionary<string, string> { ["kind"] = "person", ["Input.FirstName"] = "Ottoline", ["Input.LastName"] = "Morrell" };

        var back = await firm.Admin.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person&returnUrl=%2Fmatters%2Fnew", form);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Matches("^/matters/new\\?clientId=[0-9a-f-]{36}$", back.Headers.Location!.OriginalString);

        (form["Input.FirstName"], form["Input.LastName"]) = ("Lytton", "Strachey");
        var offsite = await firm.Admin.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person&returnUrl=https%3A%2F%2Fevil.example%2F", form);
        Assert.StartsWith("/contacts/", offsite.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_is_added_through_the_pages_and_a_second_one_alike_asks_before_creating()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = firm.Admin;

        var empty = await client.GetStringAsync("/contacts", TestContext.Current.CancellationToken);
        Assert.Contains("No contacts yet", empty, StringComparison.Ordinal);
        var choice = await client.GetStringAsync("/contacts/new", TestContext.Current.CancellationToken);
        Assert.Contains("name=\"kind\" value=\"organisation\"", choice, StringComparison.Ordinal);

        var form = new Dictionary<string, string>
        {
            ["kind"] = "person", ["Input.FirstName"] = "Harriet", ["Input.LastName"] = "Vane", ["Input.Postcode"] = "ox1 1aa", ["Input.FormerNames"] = "Harriet Wimsey",
        };
        var created = await client.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var details = await client.GetStringAsync(location, TestContext.Current.CancellationToken);
        Assert.Contains("Harriet Vane", details, StringComparison.Ordinal);
        Assert.Contains("OX1 1AA", details, StringComparison.Ordinal);
        Assert.Contains("Harriet Wimsey", details, StringComparison.Ordinal);

        var again = await client.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person", form);
        var warning = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You may already have this contact", warning, StringComparison.Ordinal);
        Assert.Contains("Create anyway", warning, StringComparison.Ordinal);
        var confirmed = await client.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person",
            new(form) { ["Input.ConfirmDuplicate"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var list = await client.GetStringAsync("/contacts?q=vane", TestContext.Current.CancellationToken);
        Assert.Contains("2 contacts match your filter", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_errors_keep_what_was_typed_and_a_stale_edit_is_refused()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = firm.Admin;
        var id = (await client.CreatePersonAsync("Peter", "Wimsey")).Id();

        var invalid = await client.PostFormAsync("/contacts/new?kind=person", "/contacts/new?kind=person",
            new() { ["kind"] = "person", ["Input.FirstName"] = "Bunter", ["Input.Postcode"] = "nowhere", ["Input.Email"] = "bunter" });
        var html = await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Postcode\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Email\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bunter\"", html, StringComparison.Ordinal);

        await client.PatchJsonAsync($"/api/v1/contacts/{id}", new { phone = "01865 000000" }, "\"1\"").ExpectAsync(200);
        var stale = await client.PostFormAsync($"/contacts/{id}/edit", $"/contacts/{id}/edit",
            new() { ["Input.Version"] = "1", ["Input.FirstName"] = "Peter", ["Input.LastName"] = "Death Bredon Wimsey" });
        Assert.Contains("Someone else changed this", await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var saved = await client.PostFormAsync($"/contacts/{id}/edit", $"/contacts/{id}/edit",
            new() { ["Input.Version"] = "2", ["Input.FirstName"] = "Peter", ["Input.LastName"] = "Wimsey", ["Input.Phone"] = "01865 000000", ["Input.Email"] = "peter@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contact = await client.GetAsync($"/api/v1/contacts/{id}").ExpectJsonAsync(200);
        Assert.Equal("peter@example.org", contact.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Due_diligence_is_recorded_from_its_page_and_its_rules_show_as_form_errors()
    {
        var firm = await TestFirm.CreateAsync(app);
        var client = firm.Admin;
        var id = (await client.CreateOrganisationAsync("Bellona Club Ltd")).Id();
        var url = $"/contacts/{id}/due-diligence";

        var page = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.Contains("<details", page, StringComparison.Ordinal);
        var refused = await client.PostFormAsync(url, url, new() { ["Input.Status"] = "complete", ["Input.EvidenceType"] = "Companies House extract", ["Input.VerifiedOn"] = "2026-01-05" });
        Assert.Contains("beneficial owners", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var recorded = await client.PostFormAsync(url, url, new()
        {
            ["Input.Status"] = "complete", ["Input.EvidenceType"] = "Companies House extract", ["Input.VerifiedOn"] = "2026-01-05",
            ["Input.OwnerNames[0]"] = "George Fentiman", ["Input.OwnerPercents[0]"] = "60",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var details = await client.GetStringAsync($"/contacts/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("CDD complete", details, StringComparison.Ordinal);
        Assert.Contains("George Fentiman (60%)", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_from_the_page_goes_through_a_confirmation()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.CreatePersonAsync("Mistaken", "Entry")).Id();

        var confirm = await firm.Admin.GetStringAsync($"/contacts/{id}?confirm=delete", TestContext.Current.CancellationToken);
        Assert.Contains("Delete Mistaken Entry for good?", confirm, StringComparison.Ordinal);
        var deleted = await firm.Admin.PostFormAsync($"/contacts/{id}?confirm=delete", $"/contacts/{id}?handler=Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await firm.Admin.GetAsync($"/api/v1/contacts/{id}").ExpectAsync(404);
    }

    [Fact]
    public async Task A_relationship_is_added_by_finding_the_other_contact_and_reads_as_a_sentence()
    {
        var firm = await TestFirm.CreateAsync(app);
        var person = (await firm.Admin.CreatePersonAsync("Mary", "Quilliam")).Id();
        var company = (await firm.Admin.CreateOrganisationAsync("Pym's Publicity Ltd")).Id();

        var found = await firm.Admin.GetStringAsync($"/contacts/{person}?relate=publicity", TestContext.Current.CancellationToken);
        Assert.Contains($"value=\"{company}\"", found, StringComparison.Ordinal);
        var added = await firm.Admin.PostFormAsync($"/contacts/{person}?relate=publicity", $"/contacts/{person}?handler=Relationship",
            new() { ["Input.ToContactId"] = company.ToString(), ["Input.Kind"] = "employeeOf" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await firm.Admin.GetStringAsync($"/contacts/{company}", TestContext.Current.CancellationToken));
        Assert.Contains("is employee of Pym's Publicity Ltd", page, StringComparison.Ordinal);
    }
}
