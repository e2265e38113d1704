using System.Globalization;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Where a line sits in a matter's ledger, a total order over both sides: date, time entered, office before client
/// at the same instant, then the journal number (client) or the kind of line (office), then the row's id.
/// </summary>
internal readonly record struct LedgerKey(DateOnly Date, DateTime EnteredAt, bool Client, long Number, Guid Id) : IComparable<LedgerKey>
{
    public int CompareTo(LedgerKey other)
    {
        var c = Date.CompareTo(other.Date);
        if (c == 0) c = EnteredAt.Ticks.CompareTo(other.EnteredAt.Ticks);
        if (c == 0) c = Client.CompareTo(other.Client);
        if (c == 0) c = Number.CompareTo(other.Number);
        return c != 0 ? c : Id.CompareTo(other.Id);
    }
}

/// <summary>The ledger's keyset cursor: the key of the last line on a page, opaque to clients (through <see cref="KeysetCursor"/>).</summary>
internal static class MatterLedgerCursor
{
    public static string Format(LedgerKey key) => KeysetCursor.Format(
        string.Create(CultureInfo.InvariantCulture, $"{key.Date.DayNumber}:{key.EnteredAt.Ticks}:{(key.Client ? 1 : 0)}:{key.Number}"), key.Id);

    /// <summary>Null without a cursor; a cursor that does not decode is a 400 on "cursor".</summary>
    public static LedgerKey? Parse(string? cursor)
    {
        if (!KeysetCursor.TryParse(cursor, out string text, out var id))
            return null;
        var parts = text.Split(':');
        if (parts.Length == 4 && Number(parts[0]) is { } day && day <= DateOnly.MaxValue.DayNumber && Number(parts[1]) is { } ticks
            && ticks <= DateTime.MaxValue.Ticks && parts[2] is "0" or "1" && Number(parts[3]) is { } number)
            return new(DateOnly.FromDayNumber((int)day), new DateTime(ticks, DateTimeKind.Utc), parts[2] == "1", number, id);
        throw new RequestValidationException("cursor", "The cursor is not valid.");
    }

    private static long? Number(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
