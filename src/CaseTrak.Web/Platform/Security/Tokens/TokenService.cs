using System.Security.Cryptography;
using System.Text;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Security.Tokens;

public sealed record IssuedTokens(string AccessToken, int ExpiresIn, string RefreshToken);

/// <summary>Issues, renews and revokes API bearer tokens (API.md: login, refresh, logout).</summary>
public sealed class TokenService(AppDbContext db, TimeProvider clock, AuthChanges changes)
{
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(14);

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public IssuedTokens Issue(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (access, refresh) = (NewToken(), NewToken());
        db.AuthSessions.Add(new AuthSession
        {
            FirmId = user.FirmId,
            UserId = user.Id,
            AccessTokenHash = HashOf(access),
            AccessExpiresAt = now + AccessLifetime,
            RefreshTokenHash = HashOf(refresh),
            RefreshExpiresAt = now + RefreshLifetime,
            SecurityStamp = user.SecurityStamp ?? "",
            CreatedAt = now,
        });
        return new(access, (int)AccessLifetime.TotalSeconds, refresh);
    }

    /// <summary>Rotates both tokens of a live session; the old refresh token stops working.</summary>
    public async Task<(AuthSession Session, IssuedTokens Tokens)?> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = HashOf(refreshToken);
        var session = await db.AuthSessions.SingleOrDefaultAsync(s => s.RefreshTokenHash == hash, ct);
        if (session is null || session.RevokedAt is not null || session.RefreshExpiresAt <= now)
            return null;
        var user = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(u => u.Id == session.UserId, ct);
        if (user is null || user.Disabled || user.SecurityStamp != session.SecurityStamp)
            return null;

        var (access, refresh) = (NewToken(), NewToken());
        session.AccessTokenHash = HashOf(access);
        session.AccessExpiresAt = now + AccessLifetime;
        session.RefreshTokenHash = HashOf(refresh);
        session.RefreshExpiresAt = now + RefreshLifetime;
        return (session, new(access, (int)AccessLifetime.TotalSeconds, refresh));
    }

    public async Task RevokeAsync(Guid sessionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AuthSessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
        await changes.ChangedAsync(db, [sessionId], ct);
    }

    public async Task RevokeAllAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AuthSessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
        await changes.ChangedAsync(db, [userId], ct);
    }

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
