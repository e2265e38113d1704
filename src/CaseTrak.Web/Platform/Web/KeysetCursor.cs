using System.Globalization;
using System.Text;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Platform.Web;

/// <summary>
/// An opaque keyset cursor over (instant, date or name; id): the keys every list pages on. A cursor that does not
/// decode is a 400 on the "cursor" field.
/// </summary>
public static class KeysetCursor
{
    public static string Format(DateTime at, Guid id) => Encode($"{at.Ticks.ToString(CultureInfo.InvariantCulture)}:{id:N}");

    public static string Format(DateOnly on, Guid id) => Encode($"{on.DayNumber.ToString(CultureInfo.InvariantCulture)}:{id:N}");

    public static bool TryParse(string? cursor, out DateTime at, out Guid id)
    {
        var ok = TryParseParts(cursor, out var number, out id);
        at = ok ? new DateTime(number, DateTimeKind.Utc) : default;
        return ok;
    }

    public static bool TryParse(string? cursor, out DateOnly on, out Guid id)
    {
        var ok = TryParseParts(cursor, out var number, out id);
        if (ok && number > DateOnly.MaxValue.DayNumber)
            throw Invalid();
        on = ok ? DateOnly.FromDayNumber((int)number) : default;
        return ok;
    }

    public static string Format(string name, Guid id) => Encode($"{id:N}{name}");

    public static bool TryParse(string? cursor, out string name, out Guid id)
    {
        (name, id) = ("", Guid.Empty);
        if (string.IsNullOrEmpty(cursor))
            return false;
        var text = Decode(cursor);
        if (text is null || text.Length < 32 || !Guid.TryParseExact(text[..32], "N", out id))
            throw Invalid();
        name = text[32..];
        return true;
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).Replace('+', '-').Replace('/', '_');

    private static bool TryParseParts(string? cursor, out long number, out Guid id)
    {
        (number, id) = (0, Guid.Empty);
        if (string.IsNullOrEmpty(cursor))
            return false;
        var parts = Decode(cursor)?.Split(':');
        if (parts is { Length: 2 } && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number is >= 0 and <= 3_155_378_975_999_999_999 && Guid.TryParseExact(parts[1], "N", out id))
            return true;
        throw Invalid();
    }

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/')));
        }
        catch (FormatException)
        {
            return null; // the same answer as any other bad cursor
        }
    }

    private static RequestValidationException Invalid() => new("cursor", "The cursor is not valid.");
}
