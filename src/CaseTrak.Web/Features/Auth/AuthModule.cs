using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Security.Sessions;
using CaseTrak.Web.Platform.Security.Tokens;
using CaseTrak.Web.Platform.Tenancy;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Auth;

public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password, string? TwoFactorCode);
public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);
public sealed record RefreshRequest([property: Required] string RefreshToken);
public sealed record MeResponse(Guid UserId, string Email, string DisplayName, Guid FirmId, string FirmName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Duties, bool TwoFactorEnabled);
public sealed record TwoFactorCodeRequest([property: Required] string Code);

public static class AuthModule
{
    public static IServiceCollection AddAuth(this IServiceCollection services) => services
        .AddScoped<SignInHandler>()
        .AddScoped<TwoFactorSetupHandler>()
        .AddScoped<PasswordHandler>()
        .AddScoped<TokenService>();

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/logout", LogoutAsync);
        auth.MapPost("/signout-everywhere", async (CurrentUser me, PasswordHandler h, CancellationToken ct) =>
        {
            await h.SignOutEverywhereAsync(await me.LoadTrackedAsync(ct), ct);
            return TypedResults.NoContent();
        });
        auth.MapPost("/forgot-password", async (ForgotPasswordRequest r, PasswordHandler h, HttpContext http, CancellationToken ct) =>
        {
            await h.SendResetLinkAsync(r.Email, PublicUrl.Of(http), ct);
            return TypedResults.Accepted((string?)null);
        }).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/reset-password", async (ResetPasswordRequest r, PasswordHandler h, CancellationToken ct) =>
        {
            await h.ResetAsync(r, ct);
            return TypedResults.NoContent();
        }).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        var me = app.MapGroup("/api/v1/me").WithTags("Me");
        me.MapGet("/", GetMeAsync);
        me.MapPost("/password", async (ChangePasswordRequest r, CurrentUser current, PasswordHandler h, CancellationToken ct) =>
        {
            await h.ChangeAsync(await current.LoadTrackedAsync(ct), r, ct);
            return TypedResults.NoContent();
        });
        me.MapGet("/two-factor", async (CurrentUser current, TwoFactorSetupHandler h, CancellationToken ct) =>
            await h.GetAsync(await current.LoadTrackedAsync(ct)));
        me.MapPost("/two-factor/enable", async (TwoFactorCodeRequest r, CurrentUser current, TwoFactorSetupHandler h, CancellationToken ct) =>
            await h.EnableAsync(await current.LoadTrackedAsync(ct), r.Code, ct));
        me.MapPost("/two-factor/disable", async (CurrentUser current, TwoFactorSetupHandler h, CancellationToken ct) =>
        {
            await h.DisableAsync(await current.LoadTrackedAsync(ct), ct);
            return TypedResults.NoContent();
        });
        me.MapPost("/two-factor/recovery-codes", async (CurrentUser current, TwoFactorSetupHandler h, CancellationToken ct) =>
            await h.RegenerateRecoveryCodesAsync(await current.LoadTrackedAsync(ct), ct));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInHandler signIn, TokenService tokens, AppDbContext db, CancellationToken ct)
    {
        var attempt = await signIn.CheckPasswordAsync(request.Email, request.Password, ct);
        if (attempt.Outcome is SignInOutcome.Failed or SignInOutcome.LockedOut)
            return Unauthorized(SignInHandler.WrongCredentials, null);
        var user = attempt.User!;
        if (attempt.Outcome == SignInOutcome.TwoFactorRequired)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
                return Unauthorized("Enter the code from your authenticator app.", "auth.two_factor_required");
            if (!await signIn.CheckSecondFactorAsync(user, request.TwoFactorCode, ct))
                return Unauthorized("That code is not right.", "auth.two_factor_invalid");
        }
        if (await CaseTrakClaimsFactory.MustSetUpTwoFactorAsync(db, user))
            return TypedResults.Problem(statusCode: 403, title: "Two-factor sign-in required",
                detail: "Your firm requires two-factor sign-in for your role. Sign in to the web app once to set it up.",
                extensions: new Dictionary<string, object?> { ["code"] = "auth.two_factor_setup_required" });

        var issued = tokens.Issue(user);
        await signIn.CompleteAsync(user, "api", ct);
        return TypedResults.Ok(new TokenResponse("Bearer", issued.AccessToken, issued.ExpiresIn, issued.RefreshToken));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, TokenService tokens, TenantContext tenant, AppDbContext db, CancellationToken ct)
    {
        var refreshed = await tokens.RefreshAsync(request.RefreshToken, ct);
        if (refreshed is not { } r)
            return Unauthorized("The refresh token is not valid. Sign in again.", null);
        tenant.Set(r.Session.FirmId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TokenResponse("Bearer", r.Tokens.AccessToken, r.Tokens.ExpiresIn, r.Tokens.RefreshToken));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, TokenService tokens, AuditLog audit, AppDbContext db, CancellationToken ct)
    {
        if (Guid.TryParse(http.User.FindFirstValue(BearerTokenHandler.SessionClaim), out var session))
            await tokens.RevokeAsync(session, ct);
        else
            await http.RequestServices.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<AppUser>>().SignOutAsync();
        audit.Record(AuditAction.SignedOut, "User", http.User.UserId());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<MeResponse> GetMeAsync(HttpContext http, CurrentUser current, FirmSettingsHandler firms, CancellationToken ct)
    {
        // A bearer token's user and firm were read (or cached) with its session: no query needed.
        if (http.Features.Get<SignedInUser>() is { } signedIn)
            return new(signedIn.UserId, signedIn.Email, signedIn.DisplayName, signedIn.FirmId, signedIn.FirmName,
                RoleNames.ToApi(signedIn.Roles), RoleNames.ToApi(signedIn.Duties), signedIn.TwoFactorEnabled);
        var user = await current.LoadAsync(ct);
        var firm = await firms.LoadAsync(ct);
        return new(user.Id, user.Email ?? "", user.DisplayName, firm.Id, firm.Name, RoleNames.ToApi(user.Roles), RoleNames.ToApi(user.Duties), user.TwoFactorEnabled);
    }

    private static ProblemHttpResult Unauthorized(string detail, string? code) => TypedResults.Problem(statusCode: 401,
        title: "Sign-in failed", detail: detail,
        extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
