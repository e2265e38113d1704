using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Who may do what in billing. Partners and administrators manage rates, approvals and arrangements; besides
/// them, Staff (secretaries and assistants) may record time for a fee earner, which is how many firms work.
/// </summary>
internal static class BillingAccess
{
    public const UserRoles Managers = UserRoles.Owner | UserRoles.Admin | UserRoles.Partner;
    public const UserRoles Administrators = UserRoles.Owner | UserRoles.Admin;
    public const UserRoles RecordForOthers = Managers | UserRoles.Staff;
    /// <summary>Issuing, voiding and crediting bills and taking payments: partners, administrators and the cashiers who run accounts.</summary>
    public const UserRoles BillIssuers = Managers | UserRoles.Cashier;

    public static void EnsureManager(AppUser user, string what)
    {
        if (!user.HasAnyRole(Managers))
            throw new ForbiddenException($"Only a Partner or an administrator may {what}.");
    }

    public static void EnsureBillIssuer(AppUser user, string what)
    {
        if (!user.HasAnyRole(BillIssuers))
            throw new ForbiddenException($"Only a Partner, a cashier or an administrator may {what}.");
    }

    public static void EnsureAdministrator(AppUser user, string what)
    {
        if (!user.HasAnyRole(Administrators))
            throw new ForbiddenException($"Only an administrator may {what}.");
    }

    public static void EnsureMayRecordFor(AppUser user, Guid feeEarnerId)
    {
        if (feeEarnerId != user.Id && !user.HasAnyRole(RecordForOthers))
            throw new ForbiddenException("Only a Partner, an administrator or Staff may record time for someone else.");
    }
}
