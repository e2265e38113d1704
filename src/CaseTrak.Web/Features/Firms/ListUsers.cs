using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

public sealed record ListUsersQuery(string? Q = null, bool IncludeDisabled = true, int? Limit = null, string? Cursor = null);

/// <summary>The firm's users by name, keyset-paged on (display name, id).</summary>
public sealed class ListUsersHandler(AppDbContext db)
{
    public async Task<Page<UserDto>> HandleAsync(ListUsersQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
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

        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(limit + 1).ToListAsync(ct);
        return Paging.From(rows.Select(UserDto.From).ToList(), limit, u => KeysetCursor.Format(u.DisplayName, u.Id));
    }
}
