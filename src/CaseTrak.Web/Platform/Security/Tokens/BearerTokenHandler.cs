using System.Security.Claims;
using System.Text.Encodings.Web;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTrak.Web.Platform.Security.Tokens;

/// <summary>
/// Validates an opaque bearer token against its session row on every request, so logout, a password
/// change and disabling a user take effect at once on every app node.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TenantContext tenant, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string SessionClaim = "casetrak:session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > 200)
            return AuthenticateResult.Fail("Malformed token.");

        var hash = TokenService.HashOf(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.AuthSessions.AsNoTracking()
            .Where(s => s.AccessTokenHash == hash && s.RevokedAt == null && s.AccessExpiresAt > now)
            .Join(db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]), s => s.UserId, u => u.Id, (s, u) => new { Session = s, User = u })
            .Where(x => !x.User.Disabled && x.User.SecurityStamp == x.Session.SecurityStamp)
            .Select(x => new { x.Session.Id, x.User })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null)
            return AuthenticateResult.Fail("The token is not valid.");

        var identity = new ClaimsIdentity(UserClaims.For(found.User), SchemeName);
        identity.AddClaim(new Claim(SessionClaim, found.Id.ToString()));
        var principal = new ClaimsPrincipal(identity);
        UserClaims.ApplyTo(principal, tenant);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
