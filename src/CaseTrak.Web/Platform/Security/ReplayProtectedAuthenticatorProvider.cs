using System.Globalization;
using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// Identity's authenticator check accepts a code again for as long as it stays inside its ±90-second window;
/// RFC 6238 §5.2 says a verifier must not accept the same code twice. We remember the last accepted code and
/// refuse it while it could still be valid, so a code read over someone's shoulder is worthless once used.
/// </summary>
internal sealed class ReplayProtectedAuthenticatorProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    private const string LoginProvider = "[CaseTrak]";
    private const string LastCodeToken = "LastAuthenticatorCode";
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastCodeToken) is { } last &&
            last.Split('|') is [var code, var at] && code == token &&
            long.TryParse(at, CultureInfo.InvariantCulture, out var usedAt) && now - usedAt < ReplayWindow.TotalSeconds)
            return false;

        if (!await base.ValidateAsync(purpose, token, manager, user))
            return false;
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastCodeToken, $"{token}|{now.ToString(CultureInfo.InvariantCulture)}");
        return true;
    }
}
