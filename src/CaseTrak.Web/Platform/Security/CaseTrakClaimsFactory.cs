using System.Security.Claims;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// Builds the cookie principal: our claims, plus a marker when the firm's policy demands two-factor for
/// this user's roles and they have not set it up yet (the sign-in gate then sends them to set-up).
/// </summary>
internal sealed class CaseTrakClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string NeedsTwoFactorSetup = "casetrak:needs-2fa-setup";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in UserClaims.For(user).Where(c => c.Type != ClaimTypes.NameIdentifier && c.Type != ClaimTypes.Name))
            identity.AddClaim(claim);
        if (await MustSetUpTwoFactorAsync(db, user))
            identity.AddClaim(new Claim(NeedsTwoFactorSetup, "true"));
        return identity;
    }

    public static async Task<bool> MustSetUpTwoFactorAsync(AppDbContext db, AppUser user)
    {
        if (user.TwoFactorEnabled)
            return false;
        var required = await db.Firms.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
            .Where(f => f.Id == user.FirmId).Select(f => f.TwoFactorRequiredFor).SingleAsync();
        return user.HasAnyRole(required);
    }
}
