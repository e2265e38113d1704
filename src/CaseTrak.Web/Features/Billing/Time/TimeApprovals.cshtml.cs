using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Time waiting for approval (when the firm's settings require it), oldest first, for a Partner or administrator
/// to approve in bulk. Approved time can then be billed; the handler refuses anyone else.
/// </summary>
public sealed class TimeApprovalsModel(ListTimeEntriesHandler list, ApproveTimeEntriesHandler approve, AppDbContext db) : AppPageModel
{
    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    public IReadOnlyList<TimeEntryDto> Pending { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Matters { get; private set; } = new Dictionary<Guid, string>();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var approved = await approve.HandleAsync(new ApproveTimeEntriesRequest([.. Ids]), ct);
        Flash(approved.Count == 1 ? "1 time entry approved" : $"{approved.Count} time entries approved");
        return Redirect("/time/approvals");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Pending = [.. (await list.HandleAsync(new ListTimeEntriesQuery(Status: "unbilled", Approval: "pending", Limit: 200), ct)).Items
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)];
        People = await UserNames.OfAsync(db, Pending.Select(e => e.UserId).Distinct(), ct);
        var ids = Pending.Select(e => e.MatterId).Distinct().ToList();
        Matters = await db.Set<Matter>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => $"{m.Reference} — {m.Title}", ct);
    }
}
