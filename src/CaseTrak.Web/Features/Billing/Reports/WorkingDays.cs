namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// England and Wales working days: Monday to Friday less bank holidays. The regular holidays are computed
/// (New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas, Boxing Day, each moved to the
/// next free weekday when it falls at a weekend); the one-off changes proclaimed since 2020 are listed. A
/// holiday proclaimed later than this code is not known to it. (Platform/Calendar holds only limitation rules.)
/// </summary>
public static class WorkingDays
{
    private static readonly Dictionary<int, (DateOnly[] Remove, DateOnly[] Add)> OneOffs = new()
    {
        [2020] = ([new(2020, 5, 4)], [new(2020, 5, 8)]),
        [2022] = ([new(2022, 5, 30)], [new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19)]),
        [2023] = ([], [new(2023, 5, 8)]),
    };

    public static int Count(DateOnly from, DateOnly to)
    {
        var holidays = new HashSet<DateOnly>();
        for (var y = from.Year; y <= to.Year; y++)
            holidays.UnionWith(BankHolidays(y));
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d))
                n++;
        return n;
    }

    public static IReadOnlyList<DateOnly> BankHolidays(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            NextWeekday(new(year, 1, 1)), easter.AddDays(-2), easter.AddDays(1),
            FirstMonday(year, 5), LastMonday(year, 5), LastMonday(year, 8),
        };
        var christmas = NextWeekday(new(year, 12, 25));
        var boxing = NextWeekday(new(year, 12, 26));
        if (boxing <= christmas)
            boxing = NextWeekday(christmas.AddDays(1));
        days.Add(christmas);
        days.Add(boxing);
        if (OneOffs.TryGetValue(year, out var change))
        {
            days.RemoveAll(change.Remove.Contains);
            days.AddRange(change.Add);
        }
        return days.Order().ToList();
    }

    private static DateOnly NextWeekday(DateOnly d)
    {
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            d = d.AddDays(1);
        return d;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1);
        return d.AddDays(((int)DayOfWeek.Monday - (int)d.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return d.AddDays(-(((int)d.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>Western Easter (anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }
}
