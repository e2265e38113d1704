using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>What the live-balance line shows: nothing chosen yet (null), or the balance and, when one account is named, its name.</summary>
public sealed record ClientBalanceView(long? BalanceMinor, string? AccountName);

/// <summary>
/// The live client balance the receipt, payment and transfer forms show beside the matter they name: htmx asks for it
/// when the matter or account changes (by id, or the form's own "Input.Matter" / "Input.BankAccountId" fields). A matter
/// id the user cannot see is a 404; typed text that names no matter just shows the prompt.
/// </summary>
public sealed class ClientBalanceFragmentModel(AppDbContext db, ClientBalances balances, MatterPicker picker) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? MatterId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? BankAccountId { get; set; }
    [BindProperty(SupportsGet = true, Name = "Input.Matter")] public string? TypedMatter { get; set; }
    [BindProperty(SupportsGet = true, Name = "Input.BankAccountId")] public Guid? FormBankAccountId { get; set; }

    public ClientBalanceView View { get; private set; } = new(null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var matterId = MatterId is { } id && id != Guid.Empty ? id : await TypedAsync(ct);
        if (matterId is null)
            return Page();
        if (!await db.Set<Matter>().AnyAsync(m => m.Id == matterId, ct))
            return NotFound();
        var accountId = BankAccountId ?? FormBankAccountId;
        string? accountName = null;
        if (accountId is { } a && a != Guid.Empty)
        {
            accountName = await db.Set<BankAccount>().Where(x => x.Id == a).Select(x => x.Name).SingleOrDefaultAsync(ct);
            if (accountName is null)
                return NotFound();
        }
        else
            accountId = null;
        View = new(await balances.ForMatterAsync(matterId.Value, accountId, ct), accountName);
        return Page();
    }

    private async Task<Guid?> TypedAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(TypedMatter))
            return null;
        try
        {
            return await picker.ResolveAsync(TypedMatter, "matter", ct);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }
}
