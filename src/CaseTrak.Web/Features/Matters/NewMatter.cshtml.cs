using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Opening a matter in three steps, each a plain GET or POST: choose the client, run and decide the conflict
/// check (the conflicts pages come back here with conflictCheckId), then the details. SRA Code 6.2: no
/// matter without a decided check; the handler enforces it again.
/// </summary>
public sealed class NewMatterModel(IContactDirectory contacts, ListContactsHandler list, IConflictChecks conflicts, OpenMatterHandler open,
    PracticeAreasHandler areas, ListUsersHandler users, GetMatterHandler get, CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ClientId { get; set; }
    /// <summary>Where the new-contact page may send the new contact's id back.</summary>
    [BindProperty(SupportsGet = true)] public Guid? ContactId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ConflictCheckId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty]
    public MatterDetailsInput Input { get; set; } = new();

    public ContactSummary? Client { get; private set; }
    public ConflictCheckSummary? ConflictCheck { get; private set; }
    public IReadOnlyList<ContactRow> Found { get; private set; } = [];
    public MatterDetailsForm Form { get; private set; } = null!;

    public int Step => Client is null ? 1 : ConflictCheck is { Decision: ConflictDecision.Clear or ConflictDecision.Waived } ? 3 : 2;
    /// <summary>The check named in the address was run for someone else: it cannot open this client's matter.</summary>
    public bool CheckForOtherClient { get; private set; }

    /// <summary>This page with the client chosen, as the conflicts pages' return address.</summary>
    public string HereWithClient => $"/matters/new?clientId={Client?.Id}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ResponsibleUserId = me.Id;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(string? refresh, CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        if (Step != 3)
            return Page();
        if (refresh is not null)
            return Page();
        var estimate = MatterDetailsLookups.Check(ModelState, Input);
        EnsureValid();
        var request = new OpenMatterRequest(Client!.Id, Input.Title!, ConflictCheck!.Id, null, Input.PracticeAreaId, Input.ResponsibleUserId,
            Input.SupervisingUserId, Input.Description, estimate, MatterDetailsLookups.CustomValues(Input, Form.Fields));
        Check(request);
        EnsureValid();
        var id = await open.HandleAsync(request, ct);
        Flash($"Matter {(await get.LoadAsync(id, ct)).Reference} opened");
        return Redirect($"/matters/{id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var clientId = ClientId ?? ContactId;
        Client = clientId is { } c ? await contacts.FindAsync(c, ct) : null;
        if (Client is { Archived: true })
            Client = null;
        var check = Client is not null && ConflictCheckId is { } checkId ? await conflicts.FindAsync(checkId, ct) : null;
        CheckForOtherClient = check?.ClientId is { } checkedFor && checkedFor != Client!.Id;
        ConflictCheck = CheckForOtherClient ? null : check;
        if (Client is null && !string.IsNullOrWhiteSpace(Q))
            Found = (await list.HandleAsync(new ListContactsQuery(Q, Limit: 20), ct)).Items;
        var (areaList, userList) = await MatterDetailsLookups.LoadAsync(areas, users, ct);
        Form = new(Input, areaList, userList, MatterDetailsLookups.FieldsOf(areaList, Input.PracticeAreaId), null, "Open matter", "/matters");
    }
}
