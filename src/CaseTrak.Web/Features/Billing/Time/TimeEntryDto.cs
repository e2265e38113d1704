using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

public sealed record TimeEntryDto(Guid Id, Guid MatterId, Guid UserId, Guid RecordedByUserId, DateOnly Date, int Minutes, int UnitMinutes, int Units,
    long RateMinor, long ValueMinor, string Currency, Billability Billability, WipStatus Status, TimeApproval Approval, string? ActivityCode,
    string? TaskCode, string Narrative, Guid? InvoiceId, int Version, DateTime CreatedAt)
{
    public static TimeEntryDto From(TimeEntry t) => new(t.Id, t.MatterId, t.UserId, t.RecordedByUserId, t.Date, t.Minutes, t.UnitMinutes, t.Units,
        t.RateMinor, t.ValueMinor, BillingDisplay.Currency, t.Billability, t.Status, t.Approval, t.ActivityCode, t.TaskCode, t.Narrative,
        t.InvoiceId, t.Version, t.CreatedAt);
}

internal static class TimeEntryFields
{
    /// <summary>"billability" (billable, nonBillable, noCharge) wins; otherwise the "billable" flag; otherwise billable.</summary>
    public static Billability? Billability(bool? billable, string? billability)
    {
        var parsed = ApiEnums.ParseOptional<Billability>(billability, "billability");
        if (parsed is { } p && billable is { } b && b != (p == Billing.Billability.Billable))
            throw new RequestValidationException("billable", "'billable' and 'billability' disagree: send one of them.");
        return parsed ?? (billable is { } flag ? flag ? Billing.Billability.Billable : Billing.Billability.NonBillable : null);
    }

    /// <summary>Codes are kept upper case ("A103", "L110"); blank means none.</summary>
    public static string? Code(string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var trimmed = code.Trim().ToUpperInvariant();
        if (trimmed.Length > 20 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new RequestValidationException(field, "Use a code of up to 20 letters and digits.");
        return trimmed;
    }

    public static string Narrative(string? narrative)
    {
        if (string.IsNullOrWhiteSpace(narrative))
            throw new RequestValidationException("narrative", "Say what the time was spent on.");
        var trimmed = narrative.Trim();
        if (trimmed.Length > 4000)
            throw new RequestValidationException("narrative", "The narrative must be 4,000 characters or fewer.");
        return trimmed;
    }

    public static int Minutes(int minutes)
    {
        if (minutes is < 1 or > BillingRules.MaxMinutesPerEntry)
            throw new RequestValidationException("minutes", "Enter between 1 and 1440 minutes.");
        return minutes;
    }
}
