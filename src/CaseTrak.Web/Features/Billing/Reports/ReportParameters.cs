using System.Globalization;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The query string as sent; parsed by <see cref="ReportParameters.Parse"/> so a bad value is a 400 naming the field.</summary>
public sealed record ReportQuery(string? Format = null, string? AsOf = null, string? From = null, string? To = null,
    string? FeeEarnerId = null, string? PracticeAreaId = null, string? By = null);

public enum ReportFormat { Json, Csv, Xlsx }

/// <summary>
/// Who the report is for. Partners, admins (and the owner) and cashiers see the whole firm; anyone else sees
/// only their own rows: their own time and utilisation, and the WIP, bills and payments of matters they are
/// responsible for. Information barriers apply on top, through the query filters.
/// </summary>
public sealed record ReportAudience(Guid UserId, bool SeesFirm)
{
    public const UserRoles FirmWide = UserRoles.Owner | UserRoles.Admin | UserRoles.Partner | UserRoles.Cashier;

    public static ReportAudience Of(AppUser user) => new(user.Id, (user.Roles & FirmWide) != 0);
}

public sealed record ReportParameters(ReportFormat Format, DateOnly AsOf, DateOnly? From, DateOnly? To, Guid? FeeEarnerId,
    Guid? PracticeAreaId, string By, ReportAudience Audience)
{
    public const int MaxPeriodDays = 366;

    public static ReportParameters Parse(ReportQuery q, DateOnly today, ReportAudience audience)
    {
        var errors = new Dictionary<string, string[]>();
        var format = (q.Format ?? "json").ToLowerInvariant() switch
        {
            "json" => ReportFormat.Json,
            "csv" => ReportFormat.Csv,
            "xlsx" => ReportFormat.Xlsx,
            _ => Error(errors, "format", "Use json, csv or xlsx.", ReportFormat.Json),
        };
        var asOf = Date(errors, "asOf", q.AsOf) ?? today;
        var from = Date(errors, "from", q.From);
        var to = Date(errors, "to", q.To);
        if (from is { } f && to is { } t)
        {
            if (f > t)
                errors["to"] = ["The end of the period must not be before its start."];
            else if (t.DayNumber - f.DayNumber >= MaxPeriodDays)
                errors["to"] = [$"A period may be at most {MaxPeriodDays} days long."];
        }
        var by = q.By ?? "matter";
        if (by is not ("matter" or "feeEarner"))
            errors["by"] = ["Use matter or feeEarner."];
        var feeEarner = Id(errors, "feeEarnerId", q.FeeEarnerId);
        var practiceArea = Id(errors, "practiceAreaId", q.PracticeAreaId);
        if (errors.Count > 0)
            throw new RequestValidationException(errors);
        return new(format, asOf, from, to, feeEarner, practiceArea, by, audience);
    }

    /// <summary>The period asked for, or the default one ending on the as-of date.</summary>
    public (DateOnly From, DateOnly To) Period(Func<DateOnly, DateOnly> defaultFrom)
    {
        var to = To ?? AsOf;
        return (From ?? defaultFrom(to), to);
    }

    public Dictionary<string, string> Describe()
    {
        var d = new Dictionary<string, string> { ["asOf"] = Iso(AsOf) };
        if (From is { } f) d["from"] = Iso(f);
        if (To is { } t) d["to"] = Iso(t);
        if (FeeEarnerId is { } fe) d["feeEarnerId"] = fe.ToString();
        if (PracticeAreaId is { } pa) d["practiceAreaId"] = pa.ToString();
        if (!Audience.SeesFirm) d["scope"] = "own";
        return d;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Error<T>(Dictionary<string, string[]> errors, string field, string message, T fallback)
    {
        errors[field] = [message];
        return fallback;
    }

    private static DateOnly? Date(Dictionary<string, string[]> errors, string field, string? text) =>
        string.IsNullOrEmpty(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : Error<DateOnly?>(errors, field, "Use a date as YYYY-MM-DD.", null);

    private static Guid? Id(Dictionary<string, string[]> errors, string field, string? text) =>
        string.IsNullOrEmpty(text) ? null
        : Guid.TryParse(text, out var id) ? id
        : Error<Guid?>(errors, field, "Not a valid id.", null);
}
