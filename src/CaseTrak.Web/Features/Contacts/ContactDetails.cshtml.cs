using System.Text.Json;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// One contact: details, names, ways to reach them, relationships, notes, due diligence and matters.
/// The small forms (note, method, relationship) post to named handlers; deleting goes through a confirmation.
/// </summary>
public sealed class ContactDetailsModel(GetContactHandler get, ContactRelationshipsHandler relationships, ContactNotesHandler notes,
    AddContactMethodHandler methods, ListDueDiligenceHandler cdd, ArchiveContactHandler archive, DeleteContactHandler delete,
    ListContactsHandler list, TimeProvider clock) : AppPageModel
{
    public const string ConfirmDelete = "delete";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    /// <summary>Text to find the other contact of a new relationship.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Relate { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ContactDto Contact { get; private set; } = null!;
    public IReadOnlyList<RelationshipDto> Relationships { get; private set; } = [];
    public IReadOnlyList<ContactNoteDto> Notes { get; private set; } = [];
    public IReadOnlyList<DueDiligenceDto> History { get; private set; } = [];
    public IReadOnlyList<ContactRow> RelateCandidates { get; private set; } = [];
    /// <summary>Null when the matters module is not there to ask.</summary>
    public IReadOnlyList<MatterSummary>? Matters { get; private set; }
    public DateOnly Today { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        if (Confirm != ConfirmDelete)
            Confirm = null;
        return Page();
    });

    /// <summary>A post without a handler name has nothing to do: back to the page (or 404).</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await get.LoadAsync(Id, ct);
        return Redirect($"/contacts/{Id}");
    });

    public Task<IActionResult> OnPostNoteAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await notes.AddAsync(Id, new AddContactNoteRequest(Input.Body ?? ""), ct);
        Flash("Note added");
        return Redirect($"/contacts/{Id}#notes");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostMethodAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await methods.HandleAsync(Id, new AddContactMethodRequest(Input.Kind, Input.Label, Input.Value), ct);
        Flash("Contact method added");
        return Redirect($"/contacts/{Id}#methods");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRelationshipAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await get.LoadAsync(Id, ct);
        RelationshipKind? kind = Enum.TryParse<RelationshipKind>(Input.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        if (Input.ToContactId is null)
            ModelState.AddModelError("Input.ToContactId", "Choose the other contact.");
        if (kind is null)
            ModelState.AddModelError("Input.Kind", "Choose how they are related.");
        EnsureValid();
        int? share = Input.SharePercent is { } percent ? (int)Math.Round(percent * 100) : null;
        await relationships.AddAsync(Id, new AddRelationshipRequest(Input.ToContactId!.Value, kind, share, Input.Notes), ct);
        Flash("Relationship added");
        return Redirect($"/contacts/{Id}#relationships");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRemoveRelationshipAsync(Guid relationshipId, CancellationToken ct) => SubmitAsync(async () =>
    {
        await relationships.RemoveAsync(Id, relationshipId, ct);
        Flash("Relationship removed");
        return Redirect($"/contacts/{Id}#relationships");
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken ct) => SetArchivedAsync(true, ct);

    public Task<IActionResult> OnPostUnarchiveAsync(CancellationToken ct) => SetArchivedAsync(false, ct);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var contact = await get.LoadAsync(Id, ct);
        await delete.HandleAsync(Id, ct);
        Flash($"{contact.DisplayName} deleted");
        return Redirect("/contacts");
    }, () => LoadAsync(ct));

    private Task<IActionResult> SetArchivedAsync(bool archived, CancellationToken ct) => SubmitAsync(async () =>
    {
        var contact = await archive.HandleAsync(Id, archived, ct);
        Flash(archived ? $"{contact.DisplayName} archived" : $"{contact.DisplayName} restored from the archive");
        return Redirect($"/contacts/{Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Contact = await get.HandleAsync(Id, ct);
        Today = DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));
        Relationships = await relationships.ListAsync(Id, ct);
        Notes = await notes.ListAsync(Id, ct);
        History = await cdd.HistoryAsync(Id, ct);
        if (!string.IsNullOrWhiteSpace(Relate))
            RelateCandidates = (await list.HandleAsync(new(Relate, Limit: 10), ct)).Items.Where(c => c.Id != Id).ToList();
        if (HttpContext.RequestServices.GetService<IMatterDirectory>() is { } matters)
            Matters = await matters.ForClientAsync(Id, ct);
    }

    public static string Api<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public sealed class InputModel
    {
        public string? Body { get; set; }
        public string? Kind { get; set; }
        public string? Label { get; set; }
        public string? Value { get; set; }
        public Guid? ToContactId { get; set; }
        public decimal? SharePercent { get; set; }
        public string? Notes { get; set; }
    }
}
