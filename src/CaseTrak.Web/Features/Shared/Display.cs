using System.Globalization;
using System.Text;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;

namespace CaseTrak.Web.Features.Shared;

/// <summary>Dates, roles and audit actions as people read them (UI.md: "26 Nov 2026", UK local time, British English).</summary>
public static class Display
{
    // Fixed month names: ICU's en-GB gives "Sept", UI.md wants "Sep".
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);

    /// <summary>"26 Nov 2026"</summary>
    public static string Date(DateTime utc) => FormatDate(ToUk(utc));

    /// <summary>"26 Nov 2026 14:05" in UK local time.</summary>
    public static string DateAndTime(DateTime utc)
    {
        var local = ToUk(utc);
        return $"{FormatDate(local)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>Machine-readable value for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTime utc) => AsOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Role(UserRoles role) => role switch
    {
        UserRoles.FeeEarner => "Fee earner",
        _ => role.ToString(),
    };

    public static string Duty(ComplianceDuties duty) => duty.ToString().ToUpperInvariant();

    public static string DutyInFull(ComplianceDuties duty) => duty switch
    {
        ComplianceDuties.Colp => "Compliance Officer for Legal Practice",
        ComplianceDuties.Cofa => "Compliance Officer for Finance and Administration",
        ComplianceDuties.Mlro => "Money Laundering Reporting Officer",
        ComplianceDuties.Dpo => "Data Protection Officer",
        _ => duty.ToString(),
    };

    /// <summary>API role names ("feeEarner") as words ("Fee earner"), in the order of <see cref="RoleNames.All"/>.</summary>
    public static string Roles(IEnumerable<string> apiNames) =>
        Join(RoleNames.All.Where(r => apiNames.Contains(RoleNames.ApiName(r), StringComparer.OrdinalIgnoreCase)).Select(Role));

    public static string Duties(IEnumerable<string> apiNames) =>
        Join(RoleNames.AllDuties.Where(d => apiNames.Contains(RoleNames.ApiName(d), StringComparer.OrdinalIgnoreCase)).Select(Duty));

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.SignedOut => "Signed out",
        AuditAction.SignedOutEverywhere => "Signed out everywhere",
        AuditAction.LockedOut => "Locked out after failed sign-ins",
        AuditAction.TwoFactorEnabled => "Two-factor sign-in turned on",
        AuditAction.TwoFactorDisabled => "Two-factor sign-in turned off",
        AuditAction.RecoveryCodesGenerated => "New recovery codes made",
        AuditAction.PasswordChanged => "Password changed",
        AuditAction.PasswordReset => "Password reset",
        AuditAction.PasswordResetRequested => "Password reset requested",
        AuditAction.TokenRefreshed => "API session renewed",
        AuditAction.AccessDenied => "Access refused",
        AuditAction.UserCreated => "User added",
        AuditAction.UserInvited => "User invited",
        AuditAction.UserRolesChanged => "Roles changed",
        AuditAction.UserDisabled => "User disabled",
        AuditAction.UserEnabled => "User re-enabled",
        AuditAction.UserProfileChanged => "User details changed",
        AuditAction.InvitationAccepted => "Invitation accepted",
        AuditAction.FirmCreated => "Firm created",
        AuditAction.FirmSettingsChanged => "Firm settings changed",
        AuditAction.AuditExported => "Audit log exported",
        AuditAction.AuditVerified => "Audit chain verified",
        _ => Words(action.ToString()),
    };

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "Success",
        AuditOutcome.Failure => "Failed",
        AuditOutcome.Denied => "Denied",
        _ => outcome.ToString(),
    };

    /// <summary>"1,234" with the UK digit grouping.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 user", "3 users".</summary>
    public static string Plural(long n, string one, string many) => $"{Count(n)} {(n == 1 ? one : many)}";

    private static string FormatDate(DateTime local) =>
        $"{local.Day.ToString(CultureInfo.InvariantCulture)} {Months[local.Month - 1]} {local.Year.ToString(CultureInfo.InvariantCulture)}";

    private static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 ? "None" : string.Join(", ", list);
    }

    /// <summary>"UserRolesChanged" → "User roles changed", for actions added later without a wording yet.</summary>
    private static string Words(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0)
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
