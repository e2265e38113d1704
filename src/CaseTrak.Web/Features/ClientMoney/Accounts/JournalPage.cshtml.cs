using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// One journal and its lines. GET /client-money/journals/{id} shows it; with ?confirm=reverse an approver sees exactly
/// what a reversal will post and gives the reason (the confirmation step for an irreversible correction).
/// </summary>
public sealed class JournalPageModel(GetJournalHandler get, ReverseJournalHandler reverse, CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Confirm { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public JournalDto Journal { get; private set; } = null!;
    public bool MayReverse { get; private set; }
    public bool Confirming => Confirm == "reverse" && MayReverse;

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

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var reversal = await reverse.HandleAsync(Id, new ReverseJournalRequest(Input.Reason ?? ""), ct);
        Flash($"{Journal?.Number ?? "Journal"} reversed by {reversal.Number}");
        return Redirect($"/client-money/journals/{reversal.Id}");
    }, async () =>
    {
        Confirm = "reverse";
        await LoadAsync(ct);
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Journal = await get.HandleAsync(Id, ct);
        MayReverse = ClientMoneyAccess.MayApprove(await me.LoadAsync(ct)) && Journal.Kind != JournalKind.Reversal && Journal.ReversedByJournalId is null;
    }

    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }
}
