using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// The two questions about users that must be asked across firms: who is signing in with this email (the
/// email decides the firm), and is an email already taken anywhere (sign-in names are platform-wide).
/// </summary>
public sealed class UserDirectory(AppDbContext db, ILookupNormalizer normalizer)
{
    public Task<AppUser?> FindForSignInAsync(string email, CancellationToken ct)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        return db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
    }

    public Task<AppUser?> FindByIdForSignInAsync(Guid id, CancellationToken ct) =>
        db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleOrDefaultAsync(u => u.Id == id, ct);

    public Task<bool> EmailInUseAsync(string email, CancellationToken ct)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        return db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(u => u.NormalizedEmail == normalized, ct);
    }
}
