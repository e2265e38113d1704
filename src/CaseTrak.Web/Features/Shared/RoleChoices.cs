using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Features.Shared;

/// <summary>What the role checkboxes show: the ticked names and whether the signed-in user may grant Owner.</summary>
public sealed record RoleChoices(IReadOnlyList<string> Roles, IReadOnlyList<string> Duties, bool MayGrantOwner)
{
    public static string Hint(UserRoles role) => role switch
    {
        UserRoles.Owner => "Full control of the firm's CaseTrak, including its owners.",
        UserRoles.Admin => "Manages users and firm settings, and reads the audit log.",
        UserRoles.Partner => "A partner or member of the firm.",
        UserRoles.FeeEarner => "Solicitors and others who record time on matters.",
        UserRoles.Staff => "Support staff such as paralegals and secretaries.",
        UserRoles.Cashier => "Keeps the accounts and client money records.",
        _ => "",
    };
}
