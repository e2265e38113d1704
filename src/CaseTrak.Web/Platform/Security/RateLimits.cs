using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// Sign-in is throttled per client address; everything else per user and per firm, so a flood from one
/// firm cannot starve another. Limits come from configuration (RateLimits:*).
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddCaseTrakRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, config) =>
        {
            var signInPerMinute = config.GetValue("RateLimits:SignInPerMinute", 20);
            var userPerMinute = config.GetValue("RateLimits:UserPerMinute", 1200);
            var firmPerMinute = config.GetValue("RateLimits:FirmPerMinute", 6000);
            // Only attempts count: showing the sign-in and password pages (GET) is not throttled.
            o.AddPolicy(SignIn, http => HttpMethods.IsGet(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => Window(signInPerMinute)));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                        ? RateLimitPartition.GetFixedWindowLimiter("u:" + user, _ => Window(userPerMinute))
                        : RateLimitPartition.GetNoLimiter("anonymous")),
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    http.User.FindFirstValue(FirmClaims.FirmId) is { } firm
                        ? RateLimitPartition.GetFixedWindowLimiter("f:" + firm, _ => Window(firmPerMinute))
                        : RateLimitPartition.GetNoLimiter("anonymous")));
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = 429,
                    Title = "Too many requests",
                    Detail = $"Wait {(int)Math.Ceiling(retry.TotalSeconds)} seconds and try again.",
                }, options: null, contentType: "application/problem+json", cancellationToken: ct);
            };
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
