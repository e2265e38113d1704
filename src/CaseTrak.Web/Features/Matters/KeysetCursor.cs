using System.Globalization;
using System.Text;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Matters;

/// <summary>An opaque cursor over (instant or date, id), the keys the matter module's lists page on.</summary>
internal static class KeysetCursor
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
            throw new RequestValidationException("cursor", "The cursor is not valid.");
        on = ok ? DateOnly.FromDayNumber((int)number) : default;
        return ok;
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).Replace('+', '-').Replace('/', '_');

    private static bool TryParseParts(string? cursor, out long number, out Guid id)
    {
        (number, id) = (0, Guid.Empty);
        if (string.IsNullOrEmpty(cursor))
            return false;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/'))).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out number)
                && number is >= 0 and <= 3_155_378_975_999_999_999 && Guid.TryParseExact(parts[1], "N", out id))
                return true;
        }
        catch (FormatException)
        {
            // falls through to the same answer as any other bad cursor
        }
        throw new RequestValidationException("cursor", "The cursor is not valid.");
    }
}
