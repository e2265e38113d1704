using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>
/// One check: terms, who and when, the hits, and the decision. While pending it offers the decision form,
/// which goes through a confirmation step because a decision can never be changed.
/// </summary>
public sealed class ConflictCheckDetailsModel(GetConflictCheckHandler get, DecideConflictCheckHandler decide, CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ConflictCheckDto Record { get; private set; } = null!;
    public bool MayWaive { get; private set; }
    /// <summary>Set after a valid decision form: the page asks for confirmation instead.</summary>
    public bool Confirming { get; private set; }
    public string? ContinueUrl => Record.Decision == ConflictDecision.Pending ? null : ConflictDisplay.Return(Url, ReturnUrl, Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>Step one: check the answers and ask "are you sure?".</summary>
    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        var (decision, _) = DecideConflictCheckHandler.Validate(DecisionRequest());
        DecideConflictCheckHandler.EnsureMayDecide(decision, await me.LoadAsync(ct));
        Confirming = Record.Decision == ConflictDecision.Pending;
        return Page();
    }, () => LoadAsync(ct));

    /// <summary>Step two: record it, then go back to the page that asked for the check, if any.</summary>
    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var decided = await decide.HandleAsync(Id, DecisionRequest(), await me.LoadAsync(ct), ct);
        Flash($"Conflict check recorded as {ConflictDisplay.Decision(decided.Decision).ToLowerInvariant()}");
        return ConflictDisplay.Return(Url, ReturnUrl, Id) is { } back ? LocalRedirect(back) : RedirectToPage(new { id = Id, returnUrl = (string?)null });
    }, () => LoadAsync(ct));

    private DecideConflictCheckRequest DecisionRequest() => new(Input.Decision, Input.Reason);

    private async Task LoadAsync(CancellationToken ct)
    {
        Record = await get.HandleAsync(Id, ct);
        MayWaive = DecideConflictCheckHandler.MayWaive(await me.LoadAsync(ct));
    }

    public sealed class InputModel
    {
        public string? Decision { get; set; }
        public string? Reason { get; set; }
    }
}
