using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Today in the UK, periods and the names of bank accounts, as the registers use them.</summary>
internal static class RegisterDates
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));

    /// <summary>A period from the query: defaults to the month so far; at most ten years long.</summary>
    public static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, end.Month, 1);
        if (end < start)
            throw new RequestValidationException("to", "The end of the period must not be before its start.");
        if (end.DayNumber - start.DayNumber > 3660)
            throw new RequestValidationException("from", "A period can be at most ten years long.");
        return (start, end);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"26 Nov 2026".</summary>
    public static string Text(DateOnly d) => Contacts.ContactDisplay.Date(d);

    public static async Task<IReadOnlyDictionary<Guid, string>> AccountNamesAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<BankAccount>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
}
