using System.Linq.Expressions;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

public sealed record ListUsersQuery(string? Q = null, bool IncludeDisabled = true, int? Limit = null, string? Cursor = null);

/// <summary>The firm's users by name, keyset-paged on (display name, id).</summary>
public sealed class ListUsersHandler(AppDbContext db)
{
    /// <summary>
    /// Every user, first page (the default): compiled, because building and funcletizing the expression tree on
    /// every call cost more than running it (PERFORMANCE.md scenario 3). Same SQL as the general path below for
    /// that shape; keep the two in step.
    /// </summary>
    // Projected in SQL (as UserDto.From maps it) rather than materialising whole Identity rows: the list needs 9
    // of their columns. Role names are mapped as rows are read.
    private static readonly Expression<Func<AppUser, UserDto>> ToDto = u => new UserDto(u.Id, u.Email ?? "", u.DisplayName,
        RoleNames.ToApi(u.Roles), RoleNames.ToApi(u.Duties), u.Disabled, u.TwoFactorEnabled, u.InvitationPending, u.LastSignInAt);

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<UserDto>> FirstPageAll =
        EF.CompileAsyncQuery((AppDbContext db, int take) => db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(take)
            .Select(ToDto));

    public async Task<Page<UserDto>> HandleAsync(ListUsersQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        if (query.IncludeDisabled && string.IsNullOrWhiteSpace(query.Q) && string.IsNullOrEmpty(query.Cursor))
        {
            var page = await FirstPageAll(db, limit + 1).ToListAsync(ct);
            return Paging.From(page, limit, u => KeysetCursor.Format(u.DisplayName, u.Id));
        }
        var users = db.Users.AsNoTracking();
        if (!query.IncludeDisabled)
            users = users.Where(u => !u.Disabled);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            users = users.Where(u => u.DisplayName.ToUpper().Contains(q) || u.NormalizedEmail!.Contains(q));
        }
        if (KeysetCursor.TryParse(query.Cursor, out string name, out var id))
            users = users.Where(u => u.DisplayName.CompareTo(name) > 0 || (u.DisplayName == name && u.Id.CompareTo(id) > 0));

        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(limit + 1)
            .Select(ToDto)
            .ToListAsync(ct);
        return Paging.From(rows, limit, u => KeysetCursor.Format(u.DisplayName, u.Id));
    }
}
