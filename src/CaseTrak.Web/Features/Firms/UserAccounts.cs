using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Features.Firms;

internal static class UserAccounts
{
    /// <summary>Identity's refusals become field errors a person can act on.</summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded)
            return;
        var errors = result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new RequestValidationException(errors);
    }
}
