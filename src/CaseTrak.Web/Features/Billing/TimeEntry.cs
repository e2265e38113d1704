using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

public enum Billability { Billable, NonBillable, NoCharge }

/// <summary>Where a piece of work in progress is: free to bill, on a draft bill, billed, or written off.</summary>
public enum WipStatus { Unbilled, Draft, Billed, WrittenOff }

public enum TimeApproval { NotRequired, Pending, Approved }

/// <summary>
/// Recorded time. The rate and value are a snapshot taken when it was recorded (or last edited), so a later
/// rate change never revalues it; once on a bill it can no longer be edited.
/// </summary>
public sealed class TimeEntry : FirmOwnedEntity, IMatterScoped
{
    public Guid MatterId { get; init; }
    /// <summary>The fee earner whose time it is.</summary>
    public Guid UserId { get; set; }
    public Guid RecordedByUserId { get; init; }
    public DateOnly Date { get; set; }
    public int Minutes { get; set; }
    /// <summary>The unit in force when recorded, and the units it rounded up to.</summary>
    public int UnitMinutes { get; set; }
    public int Units { get; set; }
    /// <summary>A firm activity code or a UTBMS activity code (A101…).</summary>
    public string? ActivityCode { get; set; }
    /// <summary>A UTBMS task code (L110…), for LEDES.</summary>
    public string? TaskCode { get; set; }
    public required string Narrative { get; set; }
    public Billability Billability { get; set; }
    public long RateMinor { get; set; }
    /// <summary>The rate that applied (null when none did and the value is zero).</summary>
    public Guid? RateId { get; set; }
    public long ValueMinor { get; set; }
    public WipStatus Status { get; set; }
    public Guid? InvoiceId { get; set; }
    public TimeApproval Approval { get; set; }
    public Guid? ApprovedByUserId { get; set; }
    public string? WriteOffReason { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

public enum TimerState { Running, Paused }

/// <summary>
/// A stopwatch a user keeps against a matter. A user may keep several, with at most one running; stopping
/// one turns its elapsed time into a time entry. Kept in the database so it survives reloads and restarts.
/// </summary>
public sealed class WorkTimer : FirmOwnedEntity
{
    public Guid UserId { get; init; }
    public Guid? MatterId { get; set; }
    public string? Narrative { get; set; }
    public string? ActivityCode { get; set; }
    public TimerState State { get; set; }
    /// <summary>When the current run started (null while paused).</summary>
    public DateTime? RunningSince { get; set; }
    /// <summary>Seconds banked by earlier runs.</summary>
    public long ElapsedSeconds { get; set; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }
}
