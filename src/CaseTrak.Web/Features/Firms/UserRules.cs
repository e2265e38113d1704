using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Firms;

/// <summary>Who may grant which role, and the firm never losing its last Owner.</summary>
internal static class UserRules
{
    public static (UserRoles Roles, ComplianceDuties Duties) ParseRoles(string[]? roles, string[]? duties)
    {
        if (roles is null || roles.Length == 0)
            throw new RequestValidationException("roles", "Choose at least one role.");
        if (!RoleNames.TryParse(roles, out UserRoles parsedRoles))
            throw new RequestValidationException("roles", "Roles are owner, admin, partner, feeEarner, staff and cashier.");
        if (!RoleNames.TryParse(duties ?? [], out ComplianceDuties parsedDuties))
            throw new RequestValidationException("duties", "Duties are colp, cofa, mlro and dpo.");
        return (parsedRoles, parsedDuties);
    }

    public static void EnsureMayGrant(AppUser actor, UserRoles roles)
    {
        if (roles.HasFlag(UserRoles.Owner) && !actor.Roles.HasFlag(UserRoles.Owner))
            throw new ForbiddenException("Only an Owner can make someone an Owner.");
    }
}
