using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The approval queue: payments waiting for me first, then the others waiting; a tab of paid payments.</summary>
public sealed class PaymentQueuePageModel(ClientPaymentsQuery payments, CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<ClientPaymentDto> ForMe { get; private set; } = [];
    public IReadOnlyList<ClientPaymentDto> Others { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public bool Paid => Tab == "paid";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await me.LoadAsync(ct);
        var page = await payments.ListAsync(Paid ? "paid" : "open", null, 200, Cursor, ct);
        NextCursor = page.NextCursor;
        if (Paid)
        {
            Others = page.Items;
            return Page();
        }
        var mine = page.Items.Where(p => MayApprove(user, p)).ToList();
        ForMe = mine.OrderBy(p => p.RequestedAt).ToList();
        Others = page.Items.Except(mine).OrderBy(p => p.RequestedAt).ToList();
        return Page();
    }

    /// <summary>Whether this user could approve it now: an approving role, not the requester, not already its first approver.</summary>
    public static bool MayApprove(AppUser user, ClientPaymentDto p) =>
        ClientMoneyAccess.MayApprove(user) && p.RequestedByUserId != user.Id
        && p.Status is ClientPaymentStatus.Requested or ClientPaymentStatus.Approved
        && !(p.Status == ClientPaymentStatus.Approved && p.FirstApproverUserId == user.Id);
}
