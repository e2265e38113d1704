using System.Security.Claims;
using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Platform.Security.Sessions;

/// <summary>
/// What a validated bearer token says about its user, read in the same query as the session (and cached with
/// it), so handlers such as GET /me need no further query. Put on the request as a feature.
/// </summary>
public sealed record SignedInUser(
    Guid SessionId, Guid UserId, Guid FirmId, string FirmName, string Email, string DisplayName,
    UserRoles Roles, ComplianceDuties Duties, bool TwoFactorEnabled, DateTime AccessExpiresAt)
{
    public IEnumerable<Claim> Claims() =>
        UserClaims.For(UserId, Email, DisplayName, FirmId, Roles, Duties);
}
