using System.Text;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace CaseTrak.Web.Features.Auth;

public sealed record TwoFactorStatus(bool Enabled, bool RequiredByFirm, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri, string? QrCodeSvg);

public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

/// <summary>TOTP authenticator set-up (RFC 6238) with recovery codes, for the signed-in user.</summary>
public sealed class TwoFactorSetupHandler(UserManager<AppUser> users, IUserStore<AppUser> store, AppDbContext db, AuditLog audit)
{
    private const string Issuer = "CaseTrak";

    public async Task<TwoFactorStatus> GetAsync(AppUser user)
    {
        var required = await CaseTrakClaimsFactory.MustSetUpTwoFactorAsync(db, user) || (user.TwoFactorEnabled && await RequiredByFirmAsync(user));
        if (user.TwoFactorEnabled)
            return new(true, required, await users.CountRecoveryCodesAsync(user), null, null, null);

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it also changes the security stamp, which ends the very session
            // that is setting up (cookie and bearer alike). An unconfirmed key grants nothing until EnableAsync.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            UserAccounts.ThrowIfFailed(await users.UpdateAsync(user));
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new(false, required, 0, Grouped(key!), uri, QrSvg(uri));
    }

    public async Task<RecoveryCodes> EnableAsync(AppUser user, string code, CancellationToken ct)
    {
        if (user.TwoFactorEnabled)
            throw new DomainRuleException("auth.two_factor_already_enabled", "Two-factor sign-in is already on.");
        var cleaned = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
            throw new RequestValidationException("code", "That code is not right. Enter the 6-digit code your authenticator app shows now.");

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Record(AuditAction.TwoFactorEnabled, "User", user.Id);
        audit.Record(AuditAction.RecoveryCodesGenerated, "User", user.Id);
        await db.SaveChangesAsync(ct);
        return new(codes);
    }

    public async Task DisableAsync(AppUser user, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled)
            return;
        if (await RequiredByFirmAsync(user))
            throw new DomainRuleException("auth.two_factor_required_by_policy", "Your firm requires two-factor sign-in for your role, so it cannot be turned off.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record(AuditAction.TwoFactorDisabled, "User", user.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<RecoveryCodes> RegenerateRecoveryCodesAsync(AppUser user, CancellationToken ct)
    {
        if (!user.TwoFactorEnabled)
            throw new DomainRuleException("auth.two_factor_not_enabled", "Turn on two-factor sign-in first.");
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Record(AuditAction.RecoveryCodesGenerated, "User", user.Id);
        await db.SaveChangesAsync(ct);
        return new(codes);
    }

    private async Task<bool> RequiredByFirmAsync(AppUser user)
    {
        var firm = await db.Firms.FindAsync(user.FirmId);
        return firm is not null && user.HasAnyRole(firm.TwoFactorRequiredFor);
    }

    private static string Grouped(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return sb.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
