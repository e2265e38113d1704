using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;

namespace CaseTrak.IntegrationTests.Conflicts;

/// <summary>
/// The table of search term → expected hit, over one seeded firm (read only, so the rows share it). Runs on
/// whichever provider the process is for, so each provider's candidate search is held to the same table.
/// </summary>
public sealed class ConflictMatchingTests(TestApp app)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestFirm? _firm;

    public static TheoryData<string, string, string?, string> Finds => new()
    {
        { "John Smith", "John Smith", "M1", "client" },
        { "JOHN SMITH", "John Smith", "M1", "client" },
        { "Smith, John", "John Smith", "M1", "client" },
        { "Smith John", "John Smith", "M1", "client" },
        { "J Smith", "John Smith", "M1", "client" },
        { "J. Smith", "John Smith", "M1", "client" },
        { "Jon Smtih", "John Smith", "M1", "client" },
        { "Jhon Smiht", "John Smith", "M1", "client" },
        { "Zoe Bronte", "Zoë Brontë", "M1", "otherSide" },
        { "ZOË BRONTË", "Zoë Brontë", "M1", "otherSide" },
        { "Jonathon Pembertn", "Jonathan Pemberton", "M1", "lender" },
        { "O'Brien", "Siobhan O'Brien", "M2", "witness" },
        { "Siobhan O Brien", "Siobhan O'Brien", "M2", "witness" },
        { "OBrien", "Siobhan O'Brien", "M2", "witness" },
        { "Smith Jones", "Mary Smith-Jones", null, "contact" },
        { "Smith-Jones", "Mary Smith-Jones", null, "contact" },
        { "Acme Limited", "Acme Ltd", "M2", "client" },
        { "ACME LTD.", "Acme Ltd", "M2", "client" },
        { "Acme plc", "Acme Ltd", "M2", "client" },
        { "Acme & Co", "Acme Ltd", "M2", "client" },
        { "Jane Hartley", "Jane Hartley (former name of Jane Doe)", "M3", "otherSide" },
        { "Hartwell Holdings", "Hartwell Holdings plc", null, "contact" },
        { "Hartwell Holdings Limited", "Hartwell Holdings plc — related: parent company of Hartwell Widgets Ltd", "M4", "client" },
        { "Hartwell Widgets", "Hartwell Widgets Ltd", "M4", "client" },
        { "Bloggs Catering", "Bloggs Catering (trading name of Bloggs & Co)", null, "contact" },
    };

    [Theory]
    [MemberData(nameof(Finds))]
    public async Task A_search_term_finds_the_expected_hit(string term, string name, string? matter, string role)
    {
        var firm = await FirmAsync();

        var check = await firm.Admin.RunCheckAsync(term);

        var hits = check.Hits();
        var reference = matter is null ? null : $"{firm.Tag}-{matter}";
        Assert.True(hits.Any(h => h.Str("name") == name && h.Str("matterReference") == reference && h.Str("role") == role
                && h.GetProperty("score").GetInt32() is >= 70 and <= 100 && !h.GetProperty("restricted").GetBoolean()),
            $"“{term}” did not find {name} ({reference}, {role}). Hits: {string.Join("; ", hits.Select(h => $"{h.Str("name")} {h.Str("matterReference")} {h.Str("role")} {h.GetProperty("score")}"))}");
        Assert.All(hits, h => Assert.Equal(term, h.Str("term")));
    }

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("Xavier Quinton")]
    [InlineData("Peter Brown")]
    [InlineData("Zebra Logistics")]
    [InlineData("Apex Trading")]
    [InlineData("Jonathan Smithson")]
    public async Task An_unrelated_name_finds_nothing(string term)
    {
        var firm = await FirmAsync();

        var check = await firm.Admin.RunCheckAsync(term);

        Assert.True(check.Hits().Count == 0, $"“{term}” found: {string.Join("; ", check.Hits().Select(h => $"{h.Str("name")} {h.GetProperty("score")}"))}");
    }

    [Fact]
    public async Task Another_firms_names_are_never_hits()
    {
        await FirmAsync();
        var other = await TestFirm.CreateAsync(app);

        var check = await other.Admin.RunCheckAsync("John Smith", "Acme Ltd", "Hartwell Holdings");

        Assert.Empty(check.Hits());
    }

    private async Task<TestFirm> FirmAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _firm ??= await SeedAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<TestFirm> SeedAsync()
    {
        var firm = await TestFirm.CreateAsync(app);
        string Ref(string key) => $"{firm.Tag}-{key}";
        var john = await firm.PersonAsync("John", "Smith");
        var zoe = await firm.PersonAsync("Zoë", "Brontë");
        var jonathan = await firm.PersonAsync("Jonathan", "Pemberton");
        await firm.MatterAsync(Ref("M1"), john, MatterStatus.Open, (zoe, PartyRole.OtherSide), (jonathan, PartyRole.Lender));

        var acme = await firm.OrganisationAsync("Acme Ltd");
        var siobhan = await firm.PersonAsync("Siobhan", "O'Brien");
        await firm.MatterAsync(Ref("M2"), acme, MatterStatus.Closed, (siobhan, PartyRole.Witness));

        var ruth = await firm.PersonAsync("Ruth", "Black");
        var jane = await firm.PersonAsync("Jane", "Doe", "Jane Hartley");
        await firm.MatterAsync(Ref("M3"), ruth, MatterStatus.Open, (jane, PartyRole.OtherSide));

        var holdings = await firm.OrganisationAsync("Hartwell Holdings plc");
        var widgets = await firm.OrganisationAsync("Hartwell Widgets Ltd");
        await firm.RelateAsync(holdings, RelationshipKind.ParentCompanyOf, widgets);
        await firm.MatterAsync(Ref("M4"), widgets);

        await firm.PersonAsync("Mary", "Smith-Jones");
        await firm.OrganisationAsync("Bloggs & Co", "Bloggs Catering");
        await firm.PersonAsync("Peter", "Green");
        await firm.PersonAsync("Xavier", "Quinn");
        return firm;
    }
}
