using System.ComponentModel.DataAnnotations;
using System.Text;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Mail;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Security.Tokens;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseTrak.Web.Features.Auth;

public sealed record ChangePasswordRequest([property: Required(ErrorMessage = "Enter your current password.")] string CurrentPassword,
    [property: Required(ErrorMessage = "Enter a new password.")] string NewPassword);

public sealed record ForgotPasswordRequest([property: Required(ErrorMessage = "Enter your email address."), EmailAddress] string Email);

public sealed record ResetPasswordRequest([property: Required] Guid UserId, [property: Required] string Token,
    [property: Required(ErrorMessage = "Enter a new password.")] string NewPassword);

/// <summary>
/// Change (signed in), forgotten (by email link) and invitation (same link, first password). Each ends
/// every other session of the user: the security stamp changes and API sessions are revoked.
/// </summary>
public sealed class PasswordHandler(UserManager<AppUser> users, UserDirectory directory, TenantContext tenant,
    TokenService tokens, AuditLog audit, AppDbContext db, IMailSender mail)
{
    public async Task ChangeAsync(AppUser user, ChangePasswordRequest request, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            throw new RequestValidationException("currentPassword", "Your current password is not right.");
        UserAccounts.ThrowIfFailed(result, "newPassword");
        await tokens.RevokeAllAsync(user.Id, ct);
        audit.Record(AuditAction.PasswordChanged, "User", user.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Always looks the same from outside, whether or not the email is known.</summary>
    public async Task SendResetLinkAsync(string email, string baseUrl, CancellationToken ct)
    {
        var user = await directory.FindForSignInAsync(email, ct);
        if (user is null || user.Disabled)
            return;
        tenant.Set(user.FirmId);
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        audit.Record(AuditAction.PasswordResetRequested, "User", user.Id, actorId: user.Id);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(new(user.Email!, "Reset your CaseTrak password",
            $"Hello {user.DisplayName},\n\nUse this link within 3 days to choose a new password:\n\n{baseUrl.TrimEnd('/')}/account/reset-password?user={user.Id}&token={token}\n\nIf you did not ask for this, ignore this email.\n"), ct);
    }

    /// <summary>Sets a new password from an emailed link; also accepts an invitation.</summary>
    public async Task<AppUser> ResetAsync(ResetPasswordRequest request, CancellationToken ct)
    {
        var user = await directory.FindByIdForSignInAsync(request.UserId, ct);
        if (user is null || user.Disabled)
            throw new DomainRuleException("auth.reset_link_invalid", "This link is not valid any more. Ask for a new one.");
        tenant.Set(user.FirmId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(request.Token));
        }
        catch (FormatException)
        {
            throw new DomainRuleException("auth.reset_link_invalid", "This link is not valid any more. Ask for a new one.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ResetPasswordAsync(user, token, request.NewPassword);
        if (result.Errors.Any(e => e.Code == "InvalidToken"))
            throw new DomainRuleException("auth.reset_link_invalid", "This link is not valid any more. Ask for a new one.");
        UserAccounts.ThrowIfFailed(result, "newPassword");
        var accepted = user.InvitationPending;
        user.InvitationPending = false;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await tokens.RevokeAllAsync(user.Id, ct);
        audit.Record(accepted ? AuditAction.InvitationAccepted : AuditAction.PasswordReset, "User", user.Id, actorId: user.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    public async Task SignOutEverywhereAsync(AppUser user, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(user.Id, ct);
        audit.Record(AuditAction.SignedOutEverywhere, "User", user.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
