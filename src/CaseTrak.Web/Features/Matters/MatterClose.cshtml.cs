using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Closing through a confirmation page; when something blocks it, each blocker is listed in plain English.</summary>
public sealed class MatterCloseModel(GetMatterHandler get, CurrentUser me, CloseMatterHandler close) : MatterPageModel(get, me)
{
    public override string Tab => "overview";

    public IReadOnlyList<CloseBlocker> Blockers { get; private set; } = [];

    public IActionResult OnGet() => MatterTransitions.IsClosed(Matter.Status) ? Redirect($"/matters/{Id}") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await close.HandleAsync(Id, ct);
            if (!outcome.Closed)
            {
                Blockers = outcome.Blockers;
                return Page();
            }
        }
        catch (ConflictException)
        {
            // Closed meanwhile, by someone else: the matter page says so.
        }
        Flash($"Matter {Matter.Reference} closed");
        return Redirect($"/matters/{Id}");
    }
}
