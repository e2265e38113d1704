namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// A user whom the firm's policy requires to use two-factor can do nothing but set it up (or sign out)
/// until they have.
/// </summary>
internal static class TwoFactorGate
{
    public const string SetupPath = "/account/two-factor";
    private static readonly string[] Allowed = [SetupPath, "/signout", "/api/v1/auth", "/api/v1/me"];

    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.HasClaim(CaseTrakClaimsFactory.NeedsTwoFactorSetup, "true") &&
            !Allowed.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = 403;
                await http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = 403, Title = "Two-factor sign-in required",
                    Detail = "Your firm requires two-factor sign-in for your role. Set it up first.",
                    Extensions = { ["code"] = "auth.two_factor_setup_required" },
                }, options: null, contentType: "application/problem+json");
                return;
            }
            http.Response.Redirect(SetupPath);
            return;
        }
        await next(http);
    });
}
