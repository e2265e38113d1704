namespace CaseTrak.IntegrationTests.Platform;

public sealed class RateLimitTests(TestApp app)
{
    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_429_with_Retry_After()
    {
        // A second app over the same database, with a low sign-in limit of its own.
        await using var strict = new CaseTrakFactory(app.Settings(("RateLimits:SignInPerMinute", "3")));
        var client = strict.CreateClient();
        var email = $"nobody-{TestFirm.NewTag()}@example.test";

        for (var i = 0; i < 3; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password" }).ExpectAsync(401);
        var throttled = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password" });

        var problem = await throttled.ExpectJsonAsync(429);
        var retryAfter = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        // Health checks are never throttled.
        await client.GetAsync("/health/live").ExpectAsync(200);
    }
}
