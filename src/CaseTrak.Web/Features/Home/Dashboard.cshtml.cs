using CaseTrak.Web.Features.Audit;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Home;

public sealed record UserCounts(int Active, int Pending, int Disabled);

/// <summary>
/// The start page: the fee earner's own work first (their matters, key dates coming up, overdue undertakings),
/// then what admins and compliance look at. Only figures CaseTrak really has.
/// </summary>
public sealed class DashboardModel(CurrentUser me, FirmSettingsHandler firms, AppDbContext db, ListAuditHandler audit,
    IAuthorizationService authorization, ListMattersHandler matters, KeyDatesHandler keyDates, UndertakingsHandler undertakings,
    TimeProvider clock) : PageModel
{
    public const int KeyDateDays = 14;
    public IReadOnlyList<MatterListItem> MyMatters { get; private set; } = [];
    public IReadOnlyList<UpcomingKeyDateDto> KeyDates { get; private set; } = [];
    public IReadOnlyList<UndertakingDto> OverdueUndertakings { get; private set; } = [];

    public UserDto Me { get; private set; } = null!;
    public string FirmName { get; private set; } = "";
    public UserCounts? Users { get; private set; }
    public IReadOnlyList<AuditEventDto>? RecentEvents { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = UserDto.From(await me.LoadAsync(ct));
        FirmName = (await firms.LoadAsync(ct)).Name;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Each read goes through the barrier filter: a restricted matter never shows here for outsiders.
        MyMatters = (await matters.HandleAsync(new(Status: "open,onHold", ResponsibleUserId: Me.Id, Limit: 5), ct)).Items;
        KeyDates = (await keyDates.UpcomingAsync(new(today, today.AddDays(KeyDateDays), Limit: 5), ct)).Items;
        OverdueUndertakings = (await undertakings.ListAsync(new(Status: "open", Overdue: true, Limit: 5), ct)).Items;
        if ((await authorization.AuthorizeAsync(User, Policies.FirmAdmin)).Succeeded)
        {
            var counts = await db.Users.AsNoTracking()
                .GroupBy(u => u.Disabled ? 2 : u.InvitationPending ? 1 : 0)
                .Select(g => new { State = g.Key, Count = g.Count() })
                .ToListAsync(ct);
            int Count(int state) => counts.SingleOrDefault(c => c.State == state)?.Count ?? 0;
            Users = new(Count(0), Count(1), Count(2));
        }
        if ((await authorization.AuthorizeAsync(User, Policies.AuditReader)).Succeeded)
            RecentEvents = (await audit.HandleAsync(new(Limit: 5), ct)).Items;
    }
}
