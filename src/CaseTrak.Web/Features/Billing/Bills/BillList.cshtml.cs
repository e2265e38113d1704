using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The firm's bills, newest first: all, drafts, unpaid or overdue, and by status, matter or client.</summary>
public sealed class BillListModel(ListBillsHandler bills) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? MatterId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ClientId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<BillSummaryDto> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            var page = await bills.HandleAsync(new(Status, MatterId, ClientId, View, PageSize, Cursor), ct);
            (Items, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException)
        {
            return Redirect("/bills");
        }
        return Page();
    }

    public string Link(string? view, string? cursor = null) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/bills", new Dictionary<string, string?>
        {
            ["view"] = view, ["status"] = Status, ["matterId"] = MatterId?.ToString(), ["clientId"] = ClientId?.ToString(), ["cursor"] = cursor,
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
