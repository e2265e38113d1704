using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

/// <summary>The signed-in user's row, loaded once per request when a handler needs more than the claims.</summary>
public sealed class CurrentUser(AppDbContext db, IHttpContextAccessor http)
{
    private AppUser? _user;

    public Guid Id => http.HttpContext?.User.UserId() ?? Guid.Empty;

    public async Task<AppUser> LoadAsync(CancellationToken ct) =>
        _user ??= await db.Users.SingleOrDefaultAsync(u => u.Id == Id, ct)
            ?? throw new UnauthorizedAccessException("No user is signed in.");
}
