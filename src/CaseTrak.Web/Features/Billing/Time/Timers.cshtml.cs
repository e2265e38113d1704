using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The user's timers. The top-bar widget posts its pause, resume and stop buttons here and comes back to the
/// page it was on; a stop that still needs a matter or narrative stays here with the error.
/// </summary>
public sealed class TimersModel(TimersHandler timers, MatterPicker picker, ActivityCodesHandler codes) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<TimerDto> Timers { get; private set; } = [];
    public IReadOnlyList<MatterChoice> Choices { get; private set; } = [];
    public IReadOnlyList<ActivityCodeDto> Codes { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        Guid? matterId = string.IsNullOrWhiteSpace(Input.Matter) ? null : await picker.ResolveAsync(Input.Matter, "matter", ct);
        await timers.StartAsync(new StartTimerRequest(matterId, Input.Narrative, Input.ActivityCode), ct);
        return Back("Timer started");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostPauseAsync(Guid id, CancellationToken ct) => SubmitAsync(async () =>
    {
        await timers.PauseAsync(id, ct);
        return Back("Timer paused");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken ct) => SubmitAsync(async () =>
    {
        await timers.ResumeAsync(id, ct);
        return Back("Timer running");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostStopAsync(Guid id, CancellationToken ct) => SubmitAsync(async () =>
    {
        Guid? matterId = string.IsNullOrWhiteSpace(Input.Matter) ? null : await picker.ResolveAsync(Input.Matter, "matter", ct);
        var entry = await timers.StopAsync(id, new StopTimerRequest(matterId, Input.Narrative, Input.ActivityCode), ct);
        return Back($"{BillingDisplay.Duration(entry.Minutes)} recorded from the timer");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct) => SubmitAsync(async () =>
    {
        await timers.DeleteAsync(id, ct);
        return Back("Timer discarded");
    }, () => LoadAsync(ct));

    private IActionResult Back(string message)
    {
        Flash(message);
        return Redirect(ReturnUrls.Safe(Url, ReturnUrl ?? "/time/timers"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Timers = await timers.ListAsync(ct);
        Choices = await picker.ChoicesAsync(ct);
        Codes = (await codes.ListAsync(ct)).Where(c => c.Kind == "activity").ToList();
    }

    public sealed class InputModel
    {
        public string? Matter { get; set; }
        public string? Narrative { get; set; }
        public string? ActivityCode { get; set; }
    }
}
