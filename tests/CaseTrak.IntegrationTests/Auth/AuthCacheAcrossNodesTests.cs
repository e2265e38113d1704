using CaseTrak.Web.Platform.Security.Sessions;

namespace CaseTrak.IntegrationTests.Auth;

/// <summary>
/// Who a token belongs to is cached per app node; a change made through one node must end the session on every
/// other node too (PostgreSQL LISTEN/NOTIFY). SQLite runs as one node only, so there is nothing to carry.
/// </summary>
public sealed class AuthCacheAcrossNodesTests(TestApp app)
{
    private static readonly TimeSpan NoticeWindow = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Logging_out_on_one_node_ends_the_token_on_another_that_had_it_cached()
    {
        Assert.SkipUnless(app.IsPostgres, "Several app nodes share a PostgreSQL database; SQLite is one node.");
        var firm = await TestFirm.CreateAsync(app);
        var session = await firm.SignInAsync(await firm.AddUserAsync("staff"));
        await using var otherNode = new CaseTrakFactory(app.Settings());
        using var onOtherNode = otherNode.CreateClient();
        onOtherNode.DefaultRequestHeaders.Authorization = new("Bearer", session.AccessToken);
        await WhenListeningAsync(otherNode, onOtherNode);

        await session.Client.PostAsync("/api/v1/auth/logout", null).ExpectAsync(204);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusSettlingOnAsync(onOtherNode, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Disabling_a_user_on_one_node_ends_their_token_on_another()
    {
        Assert.SkipUnless(app.IsPostgres, "Several app nodes share a PostgreSQL database; SQLite is one node.");
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        var session = await firm.SignInAsync(staff);
        await using var otherNode = new CaseTrakFactory(app.Settings());
        using var onOtherNode = otherNode.CreateClient();
        onOtherNode.DefaultRequestHeaders.Authorization = new("Bearer", session.AccessToken);
        await WhenListeningAsync(otherNode, onOtherNode);
        var etag = (await firm.Admin.GetAsync($"/api/v1/users/{staff.Id}").ExpectAsync(200)).ETag();

        await firm.Admin.PatchJsonAsync($"/api/v1/users/{staff.Id}", new { disabled = true }, etag).ExpectAsync(200);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusSettlingOnAsync(onOtherNode, HttpStatusCode.Unauthorized));
    }

    /// <summary>A new node reads from the database until it is listening; wait for that, then let it cache the token.</summary>
    private static async Task WhenListeningAsync(CaseTrakFactory node, HttpClient client)
    {
        var cache = node.Services.GetRequiredService<AuthCache>();
        var deadline = DateTime.UtcNow + NoticeWindow;
        while (!cache.Enabled && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(cache.Enabled, "The second node never started listening for changes.");
        await client.GetAsync("/api/v1/me").ExpectAsync(200);
        await client.GetAsync("/api/v1/me").ExpectAsync(200);
    }

    /// <summary>The notice crosses nodes after the commit, within milliseconds; poll briefly rather than assume.</summary>
    private static async Task<HttpStatusCode> StatusSettlingOnAsync(HttpClient node, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + NoticeWindow;
        while (true)
        {
            using var response = await node.GetAsync("/api/v1/me");
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
                return response.StatusCode;
            await Task.Delay(20);
        }
    }
}
