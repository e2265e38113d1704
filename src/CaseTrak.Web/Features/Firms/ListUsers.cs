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
        if (UserCursor.TryParse(query.Cursor, out var name, out var id))
            users = users.Where(u => u.DisplayName.CompareTo(name) > 0 || (u.DisplayName == name && u.Id.CompareTo(id) > 0));

        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(limit + 1).ToListAsync(ct);
        return Paging.From(rows.Select(UserDto.From).ToList(), limit, u => UserCursor.Format(u.DisplayName, u.Id));
    }
}

internal static class UserCursor
{
    public static string Format(string name, Guid id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{id:N}{name}")).Replace('+', '-').Replace('/', '_');

    public static bool TryParse(string? cursor, out string name, out Guid id)
    {
        (name, id) = ("", Guid.Empty);
        if (string.IsNullOrEmpty(cursor))
            return false;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/')));
            if (text.Length < 32 || !Guid.TryParseExact(text[..32], "N", out id))
                throw new Platform.Errors.RequestValidationException("cursor", "The cursor is not valid.");
            name = text[32..];
            return true;
        }
        catch (FormatException)
        {
            throw new Platform.Errors.RequestValidationException("cursor", "The cursor is not valid.");
        }
    }
}
