using System.Text;

namespace CaseTrak.IntegrationTests.Platform;

/// <summary>Bad input gets a clear ProblemDetails and nothing is kept (SECURITY.md, API.md).</summary>
public sealed class RequestHardeningTests(TestApp app)
{
    [Fact]
    public async Task Malformed_json_gets_a_400_problem_and_creates_nothing()
    {
        var firm = await TestFirm.CreateAsync(app);

        var response = await firm.Admin.PostRawAsync("/api/v1/users", "{\"email\": \"broken@example.test\", ");

        var problem = await response.ExpectJsonAsync(400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Single((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_gets_413()
    {
        var firm = await TestFirm.CreateAsync(app);
        var padding = new string('a', 1024 * 1024 + 1);

        var response = await firm.Admin.PostRawAsync("/api/v1/users", $"{{\"email\":\"big@example.test\",\"displayName\":\"{padding}\"}}");

        var problem = await response.ExpectJsonAsync(413);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Single((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_chunked_body_growing_past_one_megabyte_is_cut_off_with_413()
    {
        // Only a real server enforces the streaming limit (the in-memory test server has no such feature).
        await using var kestrel = new CaseTrakFactory(app.Settings());
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var firm = await TestFirm.CreateAsync(app);
        var client = kestrel.CreateClient();
        client.DefaultRequestHeaders.Authorization = firm.Admin.DefaultRequestHeaders.Authorization;
        var email = $"chunked-{firm.Tag}@{firm.Tag}.example.test";
        // Valid in every other way: without the limit this would create the user.
        var json = JsonSerializer.Serialize(new { email, displayName = "Chunked", roles = new[] { "staff" }, password = TestFirm.NewPassword(),
            padding = new string('a', 1024 * 1024 + 1) });
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await response.ExpectAsync(413);
        Assert.DoesNotContain((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task Json_nested_deeper_than_32_levels_gets_400()
    {
        var firm = await TestFirm.CreateAsync(app);
        var deep = new string('[', 40) + new string(']', 40);

        var response = await firm.Admin.PostRawAsync("/api/v1/users",
            $"{{\"email\":\"deep@example.test\",\"displayName\":\"Deep\",\"roles\":[\"staff\"],\"password\":\"{TestFirm.NewPassword()}\",\"extra\":{deep}}}");

        await response.ExpectAsync(400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Single((await firm.Admin.GetAsync("/api/v1/users").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task Missing_or_malformed_fields_are_named_in_camel_case()
    {
        var firm = await TestFirm.CreateAsync(app);

        var problem = await firm.Admin.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", roles = new[] { "staff" } }).ExpectJsonAsync(400);

        // Field names as the client sent them (API.md: camelCase), like the app's own rule errors.
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["displayName", "email"], errors);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        var firm = await TestFirm.CreateAsync(app);

        var response = await firm.Admin.GetAsync("/api/v1/no-such-thing");

        await response.ExpectAsync(404);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
