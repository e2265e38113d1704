using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

public sealed class GetUserHandler(AppDbContext db, TenantGuard guard)
{
    public async Task<AppUser> LoadAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var users = tracked ? db.Users : db.Users.AsNoTracking();
        return await users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw await guard.NotFoundAsync<AppUser>(id, ct);
    }

    public async Task<UserDto> HandleAsync(Guid id, CancellationToken ct) => UserDto.From(await LoadAsync(id, ct));
}
