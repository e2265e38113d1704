namespace CaseTrak.Web.Platform.Web;

/// <summary>A keyset page (API.md: `{ items, nextCursor }`).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Builds a page from limit + 1 rows: the extra row only says that there is more.</summary>
    public static Page<T> From<T>(List<T> rows, int limit, Func<T, string> cursorOf) =>
        rows.Count > limit ? new(rows.Take(limit).ToList(), cursorOf(rows[limit - 1])) : new(rows, null);
}
