using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Closing through a confirmation page; when something blocks it, each blocker is listed in plain English.</summary>
public sealed class MatterCloseModel(GetMatterHandler get, CurrentUser me, CloseMatterHandler close) : MatterPageModel(get, me)
{
    public override string Tab => "overview";

    public IReadOnlyList<CloseBlocker> Blockers { get; private set; } = [];

    /// <summary>What does not stop closing but should be known first (e.g. unpaid bills).</summary>
    public IReadOnlyList<CloseBlocker> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (MatterTransitions.IsClosed(Matter.Status))
            return Redirect($"/matters/{Id}");
        Warnings = (await close.PreviewAsync(Id, ct)).Where(b => b.Warning).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await close.HandleAsync(Id, ct);
            if (!outcome.Closed)
            {
                Blockers = outcome.Blockers;
                Warnings = outcome.Warnings ?? [];
                return Page();
            }
            if (outcome.Warnings is { Count: > 0 } warnings)
            {
                Flash($"Matter {Matter.Reference} closed. {string.Join(" ", warnings.Select(w => w.Message))}");
                return Redirect($"/matters/{Id}");
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
