using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>File notes, newest first, 50 at a time; a note is a record and is never edited.</summary>
public sealed class MatterNotesTabModel(GetMatterHandler get, CurrentUser me, MatterNotesHandler notes) : MatterPageModel(get, me)
{
    public const int PageSize = 50;

    public override string Tab => "notes";

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MatterNoteDto> Notes { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(Input.Body))
            ModelState.AddModelError("Input.Body", "Enter the note.");
        EnsureValid();
        await notes.AddAsync(Id, new AddNoteRequest(Input.Body!), ct);
        return BackToTab("Note added");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = await notes.ListAsync(Id, PageSize, Cursor, ct);
        (Notes, NextCursor) = (page.Items, page.NextCursor);
    }

    public sealed class InputModel
    {
        public string? Body { get; set; }
    }
}
