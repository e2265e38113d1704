using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Contacts;

public sealed class ContactsApiTests(TestApp app)
{
    [Fact]
    public async Task A_person_is_created_with_a_tidied_postcode_and_read_back_with_an_etag()
    {
        var firm = await TestFirm.CreateAsync(app);

        var response = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person", title = "Ms", firstName = " Jane ", lastName = "Smith", email = "jane@example.co.uk", dateOfBirth = "1980-03-27",
            address = new { line1 = "1 High Street", town = "Leeds", postcode = "ls1  4ap" },
        });

        var created = await response.ExpectJsonAsync(201);
        var id = created.Id();
        Assert.Equal($"/api/v1/contacts/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Jane Smith", created.GetProperty("displayName").GetString());
        Assert.Equal("person", created.GetProperty("kind").GetString());
        Assert.Equal("notStarted", created.GetProperty("cddStatus").GetString());
        var read = await firm.Admin.GetAsync($"/api/v1/contacts/{id}").ExpectAsync(200);
        Assert.Equal("\"1\"", read.ETag());
        var body = await read.JsonAsync();
        Assert.Equal("LS1 4AP", body.GetProperty("address").GetProperty("postcode").GetString());
        Assert.Equal("1980-03-27", body.GetProperty("dateOfBirth").GetString());
        Assert.Contains(await firm.AuditAsync("&action=ContactCreated"), e => e.GetProperty("targetId").GetString() == id.ToString());
    }

    [Fact]
    public async Task Missing_names_and_malformed_email_postcode_and_company_number_are_refused_field_by_field()
    {
        var firm = await TestFirm.CreateAsync(app);

        var person = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person", email = "not-an-email", address = new { postcode = "XX1 1XXX" },
        }).ExpectJsonAsync(400);
        var organisation = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "organisation", companyNumber = "12-34" }).ExpectJsonAsync(400);
        var noKind = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { name = "Acme" }).ExpectJsonAsync(400);

        var errors = person.GetProperty("errors");
        Assert.True(errors.TryGetProperty("lastName", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("address.postcode", out _));
        Assert.True(organisation.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(organisation.GetProperty("errors").TryGetProperty("companyNumber", out _));
        Assert.True(noKind.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/contacts").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Company_numbers_are_kept_in_the_Companies_House_form_and_foreign_postcodes_are_left_alone()
    {
        var firm = await TestFirm.CreateAsync(app);

        var scottish = await firm.Admin.CreateOrganisationAsync("Thistle Ltd", new { companyNumber = "sc 123456" });
        var padded = await firm.Admin.CreateOrganisationAsync("Oak Ltd", new { companyNumber = "1234567" });
        var abroad = await firm.Admin.CreateOrganisationAsync("Rhine GmbH", new { address = new { postcode = "10115", country = "Germany" } });

        Assert.Equal("SC123456", scottish.GetProperty("companyNumber").GetString());
        Assert.Equal("01234567", padded.GetProperty("companyNumber").GetString());
        Assert.Equal("10115", abroad.GetProperty("address").GetProperty("postcode").GetString());
    }

    [Fact]
    public async Task The_list_filters_by_name_email_postcode_kind_and_archive_and_pages_by_name()
    {
        var firm = await TestFirm.CreateAsync(app);
        var alice = await firm.Admin.CreatePersonAsync("Alice", "Adams", new { email = "alice@adams.example", address = new { postcode = "M1 1AE" } });
        await firm.Admin.CreatePersonAsync("Bob", "Brown", new { formerNames = new[] { "Robert Grey" } });
        await firm.Admin.CreateOrganisationAsync("Carter & Co Ltd");
        var dora = await firm.Admin.CreatePersonAsync("Dora", "Dune");
        await firm.Admin.PostAsync($"/api/v1/contacts/{dora.Id()}/archive", null).ExpectAsync(200);

        async Task<List<string>> Names(string query) =>
            (await firm.Admin.GetAsync($"/api/v1/contacts{query}").ExpectJsonAsync(200)).Items().Select(i => i.GetProperty("displayName").GetString()!).ToList();

        Assert.Equal(["Alice Adams", "Bob Brown", "Carter & Co Ltd"], await Names(""));
        Assert.Equal(["Alice Adams"], await Names("?q=ADAMS.EXAMPLE"));
        Assert.Equal(["Alice Adams"], await Names("?q=m11ae"));
        Assert.Equal(["Bob Brown"], await Names("?q=grey"));
        Assert.Equal(["Carter & Co Ltd"], await Names("?kind=organisation"));
        Assert.Equal(["Dora Dune"], await Names("?archived=true"));

        var first = await firm.Admin.GetAsync("/api/v1/contacts?limit=2").ExpectJsonAsync(200);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await firm.Admin.GetAsync($"/api/v1/contacts?limit=2&cursor={Uri.EscapeDataString(cursor)}").ExpectJsonAsync(200);
        Assert.Equal(["Alice Adams", "Bob Brown"], first.Items().Select(i => i.GetProperty("displayName").GetString()));
        Assert.Equal(["Carter & Co Ltd"], second.Items().Select(i => i.GetProperty("displayName").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(alice.Id(), first.Items()[0].Id());
    }

    [Fact]
    public async Task An_edit_needs_the_current_etag_and_changes_only_the_fields_sent()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.CreatePersonAsync("Carl", "Cole", new { email = "carl@example.com", phone = "0113 496 0000" })).Id();
        var url = $"/api/v1/contacts/{id}";

        await firm.Admin.PatchJsonAsync(url, new { lastName = "Coleman" }, ifMatch: null).ExpectAsync(428);
        await firm.Admin.PatchJsonAsync(url, new { lastName = "Coleman" }, ifMatch: "\"7\"").ExpectAsync(412);
        var response = await firm.Admin.PatchJsonAsync(url, new { lastName = "Coleman", phone = "" }, ifMatch: "\"1\"").ExpectAsync(200);
        var stale = await firm.Admin.PatchJsonAsync(url, new { firstName = "Karl" }, ifMatch: "\"1\"").ExpectAsync(412);

        Assert.Equal("\"2\"", response.ETag());
        var body = await firm.Admin.GetAsync(url).ExpectJsonAsync(200);
        Assert.Equal("Carl Coleman", body.GetProperty("displayName").GetString());
        Assert.Equal("carl@example.com", body.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("phone").ValueKind);
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.NotNull(stale);
    }

    [Fact]
    public async Task An_unreferenced_contact_is_deleted_but_a_referenced_one_must_be_archived_instead()
    {
        var firm = await TestFirm.CreateAsync(app);
        var loner = (await firm.Admin.CreatePersonAsync("Lonely", "Larkin", new { notes = "met at a seminar" })).Id();
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{loner}/notes", new { body = "Called back" }).ExpectAsync(201);
        var director = (await firm.Admin.CreatePersonAsync("Dan", "Director")).Id();
        var company = (await firm.Admin.CreateOrganisationAsync("Directed Ltd")).Id();
        var checkedClient = (await firm.Admin.CreatePersonAsync("Connie", "Checked")).Id();
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{director}/relationships", new { toContactId = company, kind = "directorOf" }).ExpectAsync(201);
        await firm.WithDbAsync(async db =>
        {
            db.Add(new ConflictCheck { Terms = "Connie Checked", ClientId = checkedClient, RunByUserId = firm.Owner.Id, RunAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await firm.Admin.DeleteAsync($"/api/v1/contacts/{loner}").ExpectAsync(204);
        var refused = await firm.Admin.DeleteAsync($"/api/v1/contacts/{company}").ExpectJsonAsync(409);
        var refusedByCheck = await firm.Admin.DeleteAsync($"/api/v1/contacts/{checkedClient}").ExpectJsonAsync(409);

        await firm.Admin.GetAsync($"/api/v1/contacts/{loner}").ExpectAsync(404);
        Assert.Equal("contact.referenced", refused.Code());
        Assert.Contains("Archive it instead", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("contact.referenced", refusedByCheck.Code());
        Assert.Equal(0, await firm.WithDbAsync(db => db.Set<ContactName>().CountAsync(n => n.ContactId == loner)));
        Assert.Contains(await firm.AuditAsync("&action=ContactDeleted"), e => e.GetProperty("targetId").GetString() == loner.ToString());

        var archived = await firm.Admin.PostAsync($"/api/v1/contacts/{company}/archive", null).ExpectJsonAsync(200);
        Assert.True(archived.GetProperty("archived").GetBoolean());
        Assert.DoesNotContain((await firm.Admin.GetAsync("/api/v1/contacts").ExpectJsonAsync(200)).Items(), i => i.Id() == company);
        var restored = await firm.Admin.PostAsync($"/api/v1/contacts/{company}/unarchive", null).ExpectJsonAsync(200);
        Assert.False(restored.GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task A_likely_duplicate_is_shown_before_creating_and_created_only_when_confirmed()
    {
        var firm = await TestFirm.CreateAsync(app);
        var jane = (await firm.Admin.CreatePersonAsync("Jane", "Smith", new { dateOfBirth = "1980-03-27" })).Id();
        var acme = (await firm.Admin.CreateOrganisationAsync("Acme Widgets Ltd", new { companyNumber = "01234567" })).Id();

        var typo = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", firstName = "Jane", lastName = "Smyth" }).ExpectJsonAsync(409);
        var byNumber = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "organisation", name = "Totally Different plc", companyNumber = "1234567" }).ExpectJsonAsync(409);
        var suffix = await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "organisation", name = "ACME WIDGETS LIMITED" }).ExpectJsonAsync(409);
        // Same name, another date of birth: someone else.
        await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", firstName = "Jane", lastName = "Smith", dateOfBirth = "1991-01-01" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", firstName = "Jane", lastName = "Smyth", confirmDuplicate = true }).ExpectAsync(201);

        Assert.Equal("contact.possible_duplicate", typo.Code());
        var candidate = Assert.Single(typo.GetProperty("candidates").EnumerateArray());
        Assert.Equal(jane, candidate.Id());
        Assert.Contains("similarName", candidate.GetProperty("reasons").Strings());
        Assert.Contains(byNumber.GetProperty("candidates").EnumerateArray(), c => c.Id() == acme && c.GetProperty("reasons").Strings().Contains("sameCompanyNumber"));
        Assert.Contains(suffix.GetProperty("candidates").EnumerateArray(), c => c.Id() == acme);
        Assert.Equal(4, (await firm.Admin.GetAsync("/api/v1/contacts").ExpectJsonAsync(200)).Items().Count);
    }

    [Fact]
    public async Task Current_former_and_trading_names_are_indexed_with_their_trigrams_and_replaced_on_edit()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.CreatePersonAsync("Zoë", "O'Brien", new { formerNames = new[] { "Zoe Walsh" } })).Id();

        var before = await NamesAsync(firm, id);
        Assert.Equal([(ContactNameKind.Current, "Zoë O'Brien", "zoe obrien"), (ContactNameKind.Former, "Zoe Walsh", "zoe walsh")],
            before.Select(n => (n.Kind, n.Name, n.Normalised)));
        Assert.Equal(Trigrams.Of("zoe obrien").Order(StringComparer.Ordinal), before[0].Trigrams);

        await firm.Admin.PatchJsonAsync($"/api/v1/contacts/{id}", new { lastName = "Kelly", formerNames = new[] { "Zoe Walsh", "Zoe O'Brien" } }, "\"1\"").ExpectAsync(200);

        var after = await NamesAsync(firm, id);
        Assert.Equal(["zoe kelly", "zoe obrien", "zoe walsh"], after.Select(n => n.Normalised).Order(StringComparer.Ordinal));
        Assert.Equal("zoe kelly", after.Single(n => n.Kind == ContactNameKind.Current).Normalised);
        var trigramRows = await firm.WithDbAsync(db => db.Set<NameTrigram>().CountAsync());
        Assert.Equal(after.Sum(n => n.Trigrams.Count), trigramRows);
    }

    [Fact]
    public async Task Relationships_notes_and_extra_methods_are_kept_on_the_contact()
    {
        var firm = await TestFirm.CreateAsync(app);
        var person = (await firm.Admin.CreatePersonAsync("Sam", "Share")).Id();
        var company = (await firm.Admin.CreateOrganisationAsync("Shared Ltd")).Id();

        var added = await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{person}/relationships", new { toContactId = company, kind = "shareholderOf", shareBp = 4000 }).ExpectJsonAsync(201);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{person}/relationships", new { toContactId = person, kind = "spouseOf" }).ExpectAsync(400);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{person}/notes", new { body = "Prefers email" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{person}/methods", new { kind = "email", label = "Work", value = "nope" }).ExpectAsync(400);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{person}/methods", new { kind = "email", label = "Work", value = "sam@work.example" }).ExpectAsync(201);

        var fromCompany = Assert.Single((await firm.Admin.GetAsync($"/api/v1/contacts/{company}/relationships").ExpectJsonAsync(200)).EnumerateArray());
        Assert.Equal("incoming", fromCompany.GetProperty("direction").GetString());
        Assert.Equal("Sam Share", fromCompany.GetProperty("otherName").GetString());
        Assert.Equal(4000, fromCompany.GetProperty("shareBp").GetInt32());
        var note = Assert.Single((await firm.Admin.GetAsync($"/api/v1/contacts/{person}/notes").ExpectJsonAsync(200)).EnumerateArray());
        Assert.Equal(firm.Owner.DisplayName, note.GetProperty("authorName").GetString());
        var methods = (await firm.Admin.GetAsync($"/api/v1/contacts/{person}").ExpectJsonAsync(200)).GetProperty("methods");
        Assert.Equal("sam@work.example", Assert.Single(methods.EnumerateArray()).GetProperty("value").GetString());

        await firm.Admin.DeleteAsync($"/api/v1/contacts/{person}/relationships/{added.Id()}").ExpectAsync(204);
        Assert.Empty((await firm.Admin.GetAsync($"/api/v1/contacts/{person}/relationships").ExpectJsonAsync(200)).EnumerateArray());
    }

    private static Task<List<(ContactNameKind Kind, string Name, string Normalised, List<string> Trigrams)>> NamesAsync(TestFirm firm, Guid contactId) =>
        firm.WithDbAsync(async db =>
        {
            var names = await db.Set<ContactName>().Where(n => n.ContactId == contactId).OrderBy(n => n.Kind).ThenBy(n => n.Name).ToListAsync();
            var result = new List<(ContactNameKind, string, string, List<string>)>();
            foreach (var n in names)
                result.Add((n.Kind, n.Name, n.Normalised,
                    (await db.Set<NameTrigram>().Where(t => t.NameId == n.Id).Select(t => t.Trigram).ToListAsync()).Order(StringComparer.Ordinal).ToList()));
            return result;
        });
}
