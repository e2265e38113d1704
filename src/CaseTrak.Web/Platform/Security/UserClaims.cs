using System.Security.Claims;
using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Platform.Security;

/// <summary>The claims every signed-in principal carries, for cookies and bearer tokens alike.</summary>
public static class UserClaims
{
    public static IEnumerable<Claim> For(AppUser user) =>
        For(user.Id, user.Email ?? "", user.DisplayName, user.FirmId, user.Roles, user.Duties);

    public static IEnumerable<Claim> For(Guid userId, string email, string displayName, Guid firmId, UserRoles roles, ComplianceDuties duties)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, userId.ToString());
        yield return new Claim(ClaimTypes.Name, email);
        yield return new Claim(ClaimTypes.GivenName, displayName);
        yield return new Claim(FirmClaims.FirmId, firmId.ToString());
        foreach (var role in RoleNames.All.Where(r => roles.HasFlag(r)))
            yield return new Claim(ClaimTypes.Role, role.ToString());
        foreach (var duty in RoleNames.AllDuties.Where(d => duties.HasFlag(d)))
            yield return new Claim(FirmClaims.Duty, duty.ToString());
    }

    /// <summary>Scopes the request to the principal's firm and user (tenant filter and information barriers).</summary>
    public static void ApplyTo(ClaimsPrincipal principal, Tenancy.TenantContext tenant) =>
        tenant.SetUser(principal.FirmId(), principal.UserId(), principal.HasClaim(FirmClaims.Duty, nameof(ComplianceDuties.Colp)));

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static Guid FirmId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(FirmClaims.FirmId), out var id) ? id : Guid.Empty;
}
