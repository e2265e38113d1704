using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Receipts into client account, newest first; the filters live in the URL so a view can be bookmarked.</summary>
public sealed class ReceiptsPageModel(ReceiptQueries receipts, BankAccountQueries accounts) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? BankAccountId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? InSuspense { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<ReceiptDto> Receipts { get; private set; } = new([], null);
    public IReadOnlyList<BankAccountDto> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await accounts.ListAsync(BankAccountKind.Client, includeClosed: true, ct);
        Receipts = await receipts.ListAsync(new(BankAccountId: BankAccountId, InSuspense: InSuspense, Cursor: Cursor), ct);
    }

    public string NextUrl(string cursor) =>
        $"/client-money/receipts?cursor={Uri.EscapeDataString(cursor)}{(BankAccountId is { } a ? $"&bankAccountId={a}" : "")}{(InSuspense is { } s ? $"&inSuspense={(s ? "true" : "false")}" : "")}";
}
