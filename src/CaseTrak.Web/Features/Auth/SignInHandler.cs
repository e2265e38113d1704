using System.Security.Claims;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Features.Auth;

public enum SignInOutcome { Success, Failed, LockedOut, TwoFactorRequired }

public sealed record SignInAttempt(SignInOutcome Outcome, AppUser? User);

/// <summary>
/// Password and second-factor checks shared by the sign-in page and the API. An unknown email, a wrong
/// password and a disabled account look the same from outside; each failure on a real account is audited.
/// </summary>
public sealed class SignInHandler(UserDirectory directory, TenantContext tenant, SignInManager<AppUser> signIn,
    UserManager<AppUser> users, AuditLog audit, AppDbContext db, TimeProvider clock)
{
    public const string WrongCredentials = "The email address or password is not right. After 5 failed attempts the account is locked for 15 minutes.";

    public async Task<SignInAttempt> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var user = await directory.FindForSignInAsync(email ?? "", ct);
        if (user is null)
        {
            // Spend the same effort as a real check so response time does not reveal which emails exist.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password ?? "");
            return new(SignInOutcome.Failed, null);
        }

        tenant.Set(user.FirmId);
        if (user.Disabled || user.InvitationPending)
            return await FailAsync(user, SignInOutcome.Failed, user.Disabled ? "disabled" : "invitation_pending", ct);

        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (result.IsLockedOut)
            return await FailAsync(user, SignInOutcome.LockedOut, "locked_out", ct);
        if (!result.Succeeded)
            return await FailAsync(user, SignInOutcome.Failed, "password", ct);
        return new(user.TwoFactorEnabled ? SignInOutcome.TwoFactorRequired : SignInOutcome.Success, user);
    }

    /// <summary>A six-digit authenticator code, or one of the recovery codes.</summary>
    public async Task<bool> CheckSecondFactorAsync(AppUser user, string code, CancellationToken ct)
    {
        if (await users.IsLockedOutAsync(user))
        {
            await FailAsync(user, SignInOutcome.LockedOut, "locked_out", ct);
            return false;
        }
        var cleaned = new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var ok = cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned)
            : cleaned.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, RecoveryCode(cleaned))).Succeeded;
        if (!ok)
        {
            await users.AccessFailedAsync(user);
            await FailAsync(user, SignInOutcome.Failed, "second_factor", ct);
        }
        return ok;
    }

    /// <summary>
    /// Identity stores recovery codes as "XXXXX-XXXXX" and compares them exactly; people type them with or
    /// without the dash and in either case.
    /// </summary>
    private static string RecoveryCode(string compact) =>
        (compact.Length == 10 ? $"{compact[..5]}-{compact[5..]}" : compact).ToUpperInvariant();

    /// <summary>Records a completed sign-in (after every factor passed).</summary>
    public async Task CompleteAsync(AppUser user, string method, CancellationToken ct)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(AuditAction.SignedIn, "User", user.Id, actorId: user.Id, details: new { method, mfa = user.TwoFactorEnabled });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Page flow: remember who passed the password step until they give the second factor.</summary>
    public static Task BeginTwoFactorAsync(HttpContext http, AppUser user) =>
        http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));

    public async Task<AppUser?> FindTwoFactorUserAsync(HttpContext http, CancellationToken ct)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (!Guid.TryParse(result.Principal?.FindFirstValue(ClaimTypes.Name), out var id))
            return null;
        var user = await directory.FindByIdForSignInAsync(id, ct);
        if (user is null || user.Disabled)
            return null;
        tenant.Set(user.FirmId);
        return user;
    }

    private async Task<SignInAttempt> FailAsync(AppUser user, SignInOutcome outcome, string reason, CancellationToken ct)
    {
        audit.Record(outcome == SignInOutcome.LockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, "User", user.Id,
            AuditOutcome.Failure, new { reason }, actorId: user.Id);
        await db.SaveChangesAsync(ct);
        return new(outcome, null);
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));
}
