namespace CaseTrak.Web.Features.Billing;

/// <summary>Time entries and timers as people read them.</summary>
public static class TimeDisplay
{
    public static string Billability(Billability b) => b switch
    {
        Billing.Billability.NonBillable => "Non-billable",
        Billing.Billability.NoCharge => "No charge",
        _ => "Billable",
    };

    public static string Status(TimeEntryDto e)
    {
        var status = e.Status switch
        {
            WipStatus.Draft => "On a draft bill",
            WipStatus.Billed => "Billed",
            WipStatus.WrittenOff => "Written off",
            _ => "Unbilled",
        };
        var extra = e.Billability == Billing.Billability.Billable ? "" : $" · {Billability(e.Billability)}";
        return e.Approval == TimeApproval.Pending ? $"{status}{extra} · awaiting approval" : status + extra;
    }

    /// <summary>"1:05:09" for a timer.</summary>
    public static string Elapsed(long seconds) => $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}";
}
