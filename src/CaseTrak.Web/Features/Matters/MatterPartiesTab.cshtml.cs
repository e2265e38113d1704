using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Who is involved and how. Adding one: find the contact (a plain GET search), choose it and its role.</summary>
public sealed class MatterPartiesTabModel(GetMatterHandler get, CurrentUser me, MatterPartiesHandler parties, ListContactsHandler contacts)
    : MatterPageModel(get, me)
{
    public override string Tab => "parties";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MatterPartyDto> Parties { get; private set; } = [];
    public IReadOnlyList<ContactRow> Found { get; private set; } = [];

    public static IEnumerable<PartyRole> Roles => Enum.GetValues<PartyRole>().Where(r => r != PartyRole.Client);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (Input.ContactId is not { } contactId)
            ModelState.AddModelError("Input.ContactId", "Choose the contact to add.");
        if (string.IsNullOrEmpty(Input.Role))
            ModelState.AddModelError("Input.Role", "Choose the party's role.");
        EnsureValid();
        var added = await parties.AddAsync(Id, new AddPartyRequest(Input.ContactId!.Value, Input.Role!, Input.Reference), ct);
        return BackToTab($"{added.ContactName} added as {MatterDisplay.Role(added.Role).ToLowerInvariant()}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Parties = await parties.ListAsync(Id, ct);
        if (!string.IsNullOrWhiteSpace(Q))
            Found = (await contacts.HandleAsync(new ListContactsQuery(Q, Limit: 20), ct)).Items;
    }

    public sealed class InputModel
    {
        public Guid? ContactId { get; set; }
        public string? Role { get; set; }
        public string? Reference { get; set; }
    }
}
