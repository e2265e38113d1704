using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The firm's hourly rates, latest first, and (for Partners and administrators) a form to add one.</summary>
public sealed class RatesPageModel(RatesHandler rates, MatterPicker picker, CurrentUser me, AppDbContext db) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RateDto> Rates { get; private set; } = [];
    public bool MayAdd { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<(Guid Id, string Name)> Users { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Clients { get; private set; } = [];
    public IReadOnlyList<MatterChoice> Choices { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var pence = BillingInput.Pence(Input.HourlyRate);
        if (pence is null)
            ModelState.AddModelError("Input.HourlyRate", "Enter the hourly rate in pounds, for example 250 or 187.50.");
        if (Input.EffectiveFrom is null)
            ModelState.AddModelError("Input.EffectiveFrom", "Enter the date the rate applies from.");
        EnsureValid();
        var scope = Input.Scope ?? "";
        Guid? matterId = scope is "matter" or "matterActivity" ? await picker.ResolveAsync(Input.Matter, "matter", ct) : null;
        await rates.CreateAsync(new CreateRateRequest(scope, pence!.Value, Input.EffectiveFrom!.Value,
            scope == "grade" ? Input.Grade : null, scope == "feeEarner" ? Input.UserId : null, scope == "client" ? Input.ClientId : null,
            matterId, scope == "matterActivity" ? Input.ActivityCode : null), ct);
        Flash("Rate added");
        return RedirectToPage();
    }, () => LoadAsync(ct));

    public string AppliesTo(RateDto r) => r.Scope switch
    {
        RateScope.Grade => $"Grade {r.Grade}",
        RateScope.FeeEarner => Name(r.UserId),
        RateScope.Client => Name(r.ClientId),
        RateScope.Matter => Name(r.MatterId),
        RateScope.MatterActivity => $"{Name(r.MatterId)}, {r.ActivityCode}",
        _ => "Everyone",
    };

    public static string Scope(RateScope s) => s switch
    {
        RateScope.FirmDefault => "Firm default",
        RateScope.Grade => "Grade",
        RateScope.FeeEarner => "Fee earner",
        RateScope.Client => "Client",
        RateScope.Matter => "Matter",
        _ => "Matter and activity",
    };

    private string Name(Guid? id) => id is { } g && Names.TryGetValue(g, out var n) ? n : "—";

    private async Task LoadAsync(CancellationToken ct)
    {
        MayAdd = (await me.LoadAsync(ct)).HasAnyRole(BillingAccess.Managers);
        Rates = (await rates.ListAsync(new ListRatesQuery(Limit: 200), ct)).Items;
        var users = await db.Users.AsNoTracking().Where(u => !u.Disabled).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        Users = users.Select(u => (u.Id, u.DisplayName)).ToList();
        var clientIds = Rates.Select(r => r.ClientId).OfType<Guid>().ToList();
        var clients = await db.Set<Contact>().AsNoTracking()
            .Where(c => clientIds.Contains(c.Id) || db.Set<Matter>().Any(m => m.ClientId == c.Id && m.Status == MatterStatus.Open))
            .OrderBy(c => c.DisplayName).Take(500).Select(c => new { c.Id, c.DisplayName }).ToListAsync(ct);
        Clients = clients.Select(c => (c.Id, c.DisplayName)).ToList();
        var matterIds = Rates.Select(r => r.MatterId).OfType<Guid>().ToList();
        var matters = await db.Set<Matter>().AsNoTracking().Where(m => matterIds.Contains(m.Id)).Select(m => new { m.Id, m.Reference }).ToListAsync(ct);
        Names = users.Select(u => (u.Id, Name: u.DisplayName)).Concat(clients.Select(c => (c.Id, Name: c.DisplayName)))
            .Concat(matters.Select(m => (m.Id, Name: m.Reference))).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Name);
        Choices = MayAdd ? await picker.ChoicesAsync(ct) : [];
    }

    public sealed class InputModel
    {
        public string? Scope { get; set; } = "firmDefault";
        public string? HourlyRate { get; set; }
        public DateOnly? EffectiveFrom { get; set; }
        public string? Grade { get; set; }
        public Guid? UserId { get; set; }
        public Guid? ClientId { get; set; }
        public string? Matter { get; set; }
        public string? ActivityCode { get; set; }
    }
}
