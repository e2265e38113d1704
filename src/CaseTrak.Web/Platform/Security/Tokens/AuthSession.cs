namespace CaseTrak.Web.Platform.Security.Tokens;

/// <summary>
/// One API sign-in: an opaque access token and refresh token, stored only as SHA-256 hashes so a database
/// reader cannot use them. Revoking the row kills both at once.
/// </summary>
public sealed class AuthSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FirmId { get; init; }
    public Guid UserId { get; init; }
    public required string AccessTokenHash { get; set; }
    public DateTime AccessExpiresAt { get; set; }
    public required string RefreshTokenHash { get; set; }
    public DateTime RefreshExpiresAt { get; set; }
    /// <summary>The user's security stamp at issue: a password change or "sign out everywhere" ends the session.</summary>
    public required string SecurityStamp { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? RevokedAt { get; set; }
}
