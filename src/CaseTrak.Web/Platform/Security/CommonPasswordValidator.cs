using System.Collections.Frozen;
using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// NIST SP 800-63B style: length, not composition, plus a refusal of passwords attackers try first
/// (30,000 common passwords shipped with the program; see common-passwords.txt).
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 12;
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
            return Task.FromResult(Fail("PasswordTooShort", $"Use at least {MinimumLength} characters."));
        if (IsCommon(password))
            return Task.FromResult(Fail("PasswordTooCommon", "This password is too common. Choose one that is harder to guess, such as three random words."));
        if (user.Email is { } email && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4)
            return Task.FromResult(Fail("PasswordContainsEmail", "Do not use your email address in your password."));
        return Task.FromResult(IdentityResult.Success);
    }

    private static IdentityResult Fail(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CaseTrak.CommonPasswords")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line.Trim().ToLowerInvariant());
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
