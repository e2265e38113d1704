using System.Security.Claims;
using System.Text.Encodings.Web;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security.Sessions;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTrak.Web.Platform.Security.Tokens;

/// <summary>
/// Validates an opaque bearer token against its session, user and firm: read in one query, then served from
/// the <see cref="AuthCache"/> until any of the three changes, so logout, a password change and disabling a user
/// take effect at once on every app node while a steady stream of requests costs no query.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TenantContext tenant, TimeProvider clock, AuthCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string SessionClaim = "casetrak:session";

    private static readonly string[] TenantFilterOnly = [AppDbContext.TenantFilter];

    private static readonly Func<AppDbContext, string, DateTime, CancellationToken, Task<SignedInUser?>> FindSession =
        EF.CompileAsyncQuery((AppDbContext db, string hash, DateTime now, CancellationToken _) => (
            from s in db.AuthSessions
            where s.AccessTokenHash == hash && s.RevokedAt == null && s.AccessExpiresAt > now
            join u in db.Users.IgnoreQueryFilters(TenantFilterOnly) on s.UserId equals u.Id
            where !u.Disabled && u.SecurityStamp == s.SecurityStamp
            join f in db.Firms.IgnoreQueryFilters(TenantFilterOnly) on u.FirmId equals f.Id
            select new SignedInUser(s.Id, u.Id, f.Id, f.Name, u.Email ?? "", u.DisplayName, u.Roles, u.Duties, u.TwoFactorEnabled, s.AccessExpiresAt))
            .SingleOrDefault());

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > 200)
            return AuthenticateResult.Fail("Malformed token.");

        var now = clock.GetUtcNow().UtcDateTime;
        var user = await FindAsync(TokenService.HashOf(token), now);
        if (user is null || user.AccessExpiresAt <= now)
            return AuthenticateResult.Fail("The token is not valid.");

        var identity = new ClaimsIdentity(user.Claims(), SchemeName);
        identity.AddClaim(new Claim(SessionClaim, user.SessionId.ToString()));
        var principal = new ClaimsPrincipal(identity);
        UserClaims.ApplyTo(principal, tenant);
        Context.Features.Set(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private async Task<SignedInUser?> FindAsync(string hash, DateTime now)
    {
        var key = "bearer:" + hash;
        if (cache.TryGet(key, out SignedInUser cached))
            return cached;
        var ticket = cache.Ticket();
        var found = await FindSession(db, hash, now, Context.RequestAborted);
        if (found is not null)
            cache.Set(key, found, ticket, [found.SessionId, found.UserId, found.FirmId], new DateTimeOffset(found.AccessExpiresAt, TimeSpan.Zero));
        return found;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
