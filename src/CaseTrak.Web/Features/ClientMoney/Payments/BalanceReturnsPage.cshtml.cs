using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Balances to return to clients, raised when a matter holding client money asked to close; each with its letter.</summary>
public sealed class BalanceReturnsPageModel(BalanceReturnsHandler returns) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public IReadOnlyList<BalanceReturnDto> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Status ??= "open";
        Items = await returns.ListAsync(Status == "all" ? null : Status, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var done = await returns.MarkDoneAsync(id, ct);
            Flash($"Balance return on {done.MatterReference} marked done");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is DomainRuleException or ForbiddenException)
        {
            Flash(e.Message);
        }
        return Redirect("/client-money/returns");
    }
}
