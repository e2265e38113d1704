using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Who may do what with client money (AR 5.1–5.2, 8.3). Cashiers and managers keep the books; anyone who runs
/// matters may ask for a payment; only a Partner, the owner or the COFA may approve one or sign off a
/// reconciliation, and never their own request.
/// </summary>
internal static class ClientMoneyAccess
{
    /// <summary>Receipts, transfers, bank accounts, statement imports and the registers.</summary>
    public const UserRoles Bookkeepers = UserRoles.Owner | UserRoles.Admin | UserRoles.Partner | UserRoles.Cashier;
    /// <summary>Who may ask for a payment out of client account.</summary>
    public const UserRoles Requesters = Bookkeepers | UserRoles.FeeEarner;
    /// <summary>Approving roles; the COFA duty approves whatever the role.</summary>
    public const UserRoles Approvers = UserRoles.Owner | UserRoles.Partner;

    public static bool IsBookkeeper(AppUser user) => user.HasAnyRole(Bookkeepers);

    public static bool MayApprove(AppUser user) => user.HasAnyRole(Approvers) || user.Duties.HasFlag(ComplianceDuties.Cofa);

    /// <summary>Reconciliations and registers: the bookkeepers, and the COFA whatever their role.</summary>
    public static void EnsureReader(AppUser user, string what)
    {
        if (!IsBookkeeper(user) && !MayApprove(user))
            throw new ForbiddenException($"Only a cashier, a Partner, the COFA or an administrator may {what}.");
    }

    public static void EnsureBookkeeper(AppUser user, string what)
    {
        if (!IsBookkeeper(user))
            throw new ForbiddenException($"Only a cashier, a Partner or an administrator may {what}.");
    }

    public static void EnsureRequester(AppUser user)
    {
        if (!user.HasAnyRole(Requesters))
            throw new ForbiddenException("Only fee earners, cashiers, Partners and administrators may ask for a payment from client account.");
    }

    public static void EnsureApprover(AppUser user, string what)
    {
        if (!MayApprove(user))
            throw new ForbiddenException($"Only a Partner, the owner or the COFA may {what}.");
    }
}
