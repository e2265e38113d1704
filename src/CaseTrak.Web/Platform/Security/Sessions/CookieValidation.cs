using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// Identity's security-stamp check on every cookie request (so disabling a user or changing a password ends
/// the session at once), remembered in the <see cref="AuthCache"/> until the user or firm changes.
/// </summary>
/// <remarks>
/// The key is the user plus a hash of every claim the cookie carries. A cookie whose claims are not exactly what
/// the last check produced (another device still holding old claims, say) is checked, and refreshed, again.
/// </remarks>
internal static class CookieValidation
{
    private const string Valid = "valid";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
            return;
        var cache = context.HttpContext.RequestServices.GetRequiredService<AuthCache>();
        if (cache.TryGet(KeyOf(principal), out string _))
            return;
        var ticket = cache.Ticket();
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is { } current && current.UserId() != Guid.Empty)
            cache.Set(KeyOf(current), Valid, ticket, [current.UserId(), current.FirmId()]);
    }

    private static string KeyOf(ClaimsPrincipal principal)
    {
        var claims = string.Join('\n', principal.Claims.Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal));
        return "cookie:" + principal.UserId() + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(claims)));
    }
}
