namespace CaseTrak.IntegrationTests.Platform;

public sealed class HeadersAndHealthTests(TestApp app)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_without_signing_in()
    {
        var client = app.CreateClient();
        await client.GetAsync("/health/live").ExpectAsync(200);
        await client.GetAsync("/health/ready").ExpectAsync(200);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_api_data_is_not_cached()
    {
        var firm = await TestFirm.CreateAsync(app);
        var response = await firm.Admin.GetAsync("/api/v1/me").ExpectAsync(200);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(response.Headers.GetValues("Referrer-Policy"), v => v.Length > 0);
        Assert.True(response.Headers.CacheControl?.NoStore, "API data must be sent with Cache-Control: no-store.");

        var anonymous = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal("nosniff", Assert.Single(anonymous.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(";", anonymous.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_users_api()
    {
        var document = await app.CreateClient().GetAsync("/openapi/v1.json").ExpectJsonAsync(200);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/users", paths);
        Assert.Contains("/api/v1/users/{id}", paths);
    }
}
