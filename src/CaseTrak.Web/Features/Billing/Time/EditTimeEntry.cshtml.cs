using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Changes or deletes one unbilled time entry; the API's rules (period lock, billed, revaluation) apply.</summary>
public sealed class EditTimeEntryModel(ListTimeEntriesHandler get, UpdateTimeEntryHandler update, DeleteTimeEntryHandler delete,
    ActivityCodesHandler codes, MatterPicker picker) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TimeEntryDto Entry { get; private set; } = null!;
    public string MatterLabel { get; private set; } = "";
    public IReadOnlyList<ActivityCodeDto> Codes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new()
        {
            Date = Entry.Date, Duration = $"{Entry.Minutes}m", Narrative = Entry.Narrative, ActivityCode = Entry.ActivityCode,
            Billability = Matters.ApiEnums.Name(Entry.Billability), Version = Entry.Version,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var minutes = BillingInput.Minutes(Input.Duration);
        if (minutes is null or < 1 or > BillingRules.MaxMinutesPerEntry)
            ModelState.AddModelError("Input.Duration", "Enter the time as hours (1.5), minutes (90m) or hours and minutes (1:30), up to 24 hours.");
        EnsureValid();
        await update.HandleAsync(Id, new UpdateTimeEntryRequest(Input.Date, minutes, Input.Narrative ?? "", Input.ActivityCode, null, null,
            Input.Billability, Clear: string.IsNullOrEmpty(Input.ActivityCode) ? ["activityCode"] : null), Input.Version, ct);
        Flash("Time entry saved");
        return Redirect(ReturnTo());
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await delete.HandleAsync(Id, ct);
        Flash("Time entry deleted");
        return Redirect(ReturnTo());
    }, () => LoadAsync(ct));

    private string ReturnTo() => $"/time?week={TimesheetModel.StartOfWeek(Input.Date ?? Entry?.Date ?? DateOnly.MinValue):yyyy-MM-dd}";

    private async Task LoadAsync(CancellationToken ct)
    {
        Entry = await get.GetAsync(Id, ct);
        MatterLabel = (await picker.ChoicesAsync(ct)).FirstOrDefault(m => m.Id == Entry.MatterId)?.Label ?? "";
        Codes = (await codes.ListAsync(ct)).Where(c => c.Kind == "activity").ToList();
    }

    public sealed class InputModel
    {
        public DateOnly? Date { get; set; }
        public string? Duration { get; set; }
        public string? Narrative { get; set; }
        public string? ActivityCode { get; set; }
        public string? Billability { get; set; }
        public int? Version { get; set; }
    }
}
