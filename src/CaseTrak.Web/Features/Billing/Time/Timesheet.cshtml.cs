using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The signed-in user's week, Monday to Sunday: a fast entry row on top (Enter saves and the next entry starts
/// with the matter field focused), a grid of hours by matter and day, and the week's entries to edit or delete.
/// </summary>
public sealed class TimesheetModel(ListTimeEntriesHandler list, RecordTimeHandler record, MatterPicker picker, ActivityCodesHandler codes,
    CurrentUser me, AppDbContext db, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DateOnly Monday { get; private set; }
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];
    public IReadOnlyList<TimeEntryDto> Entries { get; private set; } = [];
    public IReadOnlyDictionary<Guid, MatterChoice> Matters { get; private set; } = new Dictionary<Guid, MatterChoice>();
    public IReadOnlyList<MatterChoice> Choices { get; private set; } = [];
    public IReadOnlyList<ActivityCodeDto> Codes { get; private set; } = [];
    public DateOnly Today => BillingDisplay.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Date = Week is { } w && StartOfWeek(w) != StartOfWeek(Today) ? StartOfWeek(w) : Today;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var minutes = BillingInput.Minutes(Input.Duration);
        if (minutes is null)
            ModelState.AddModelError("Input.Duration", "Enter the time as hours (1.5), minutes (90m) or hours and minutes (1:30).");
        else if (minutes is < 1 or > BillingRules.MaxMinutesPerEntry)
            ModelState.AddModelError("Input.Duration", "Enter between 1 minute and 24 hours.");
        if (Input.Date is null)
            ModelState.AddModelError("Input.Date", "Enter the date the work was done.");
        EnsureValid();
        var matterId = await picker.ResolveAsync(Input.Matter, "matter", ct);
        var entry = await record.HandleAsync(new RecordTimeRequest(matterId, Input.Date, minutes!.Value, Input.Narrative ?? "",
            Input.ActivityCode, null, Billability: Input.Billability), ct);
        Flash($"{BillingDisplay.Duration(entry.Minutes)} recorded ({entry.Units} units, {BillingDisplay.Money(entry.ValueMinor)})");
        return Redirect($"/time?week={StartOfWeek(entry.Date):yyyy-MM-dd}#entry");
    }, () => LoadAsync(ct));

    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public int MinutesOn(Guid matterId, DateOnly day) => Entries.Where(e => e.MatterId == matterId && e.Date == day).Sum(e => e.Minutes);

    public string MatterLabel(Guid id) => Matters.TryGetValue(id, out var m) ? m.Label : "Matter not visible to you";

    private async Task LoadAsync(CancellationToken ct)
    {
        Monday = StartOfWeek(Week ?? Input.Date ?? Today);
        Days = Enumerable.Range(0, 7).Select(Monday.AddDays).ToList();
        var page = await list.HandleAsync(new ListTimeEntriesQuery(UserId: me.Id, From: Monday, To: Monday.AddDays(6), Limit: 200), ct);
        Entries = page.Items.OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).ToList();
        var ids = Entries.Select(e => e.MatterId).Distinct().ToList();
        Matters = await db.Set<Matter>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new MatterChoice(m.Id, m.Reference, m.Title)).ToDictionaryAsync(m => m.Id, ct);
        Choices = await picker.ChoicesAsync(ct);
        Codes = (await codes.ListAsync(ct)).Where(c => c.Kind == "activity").ToList();
    }

    public sealed class InputModel
    {
        public string? Matter { get; set; }
        public DateOnly? Date { get; set; }
        public string? Duration { get; set; }
        public string? Narrative { get; set; }
        public string? ActivityCode { get; set; }
        public string? Billability { get; set; } = "billable";
    }
}
