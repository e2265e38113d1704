using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>
/// Runs a check from names typed one per line, then shows its record page (hits and decision form). The
/// new-matter flow sends the client and a local return address, which the record page hands back.
/// </summary>
public sealed class NewConflictCheckModel(RunConflictCheckHandler run, CurrentUser me, AppDbContext db) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ClientName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ClientName is not null && string.IsNullOrEmpty(Input.Terms))
            Input.Terms = ClientName;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        var terms = (Input.Terms ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
        var request = new RunConflictCheckRequest(terms, Input.Notes, ClientId);
        Check(request);
        EnsureValid();
        var check = await run.HandleAsync(request, me.Id, ct);
        Flash($"Conflict check run: {Display.Plural(check.Hits.Count, "possible conflict", "possible conflicts")} found");
        return RedirectToPage("/Conflicts/ConflictCheckDetails", new { id = check.Id, returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ClientId is { } id)
            ClientName = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == id).Select(c => c.DisplayName).SingleOrDefaultAsync(ct);
        if (ClientName is null)
            ClientId = null;
    }

    public sealed class InputModel
    {
        /// <summary>One name per line.</summary>
        public string? Terms { get; set; }
        public string? Notes { get; set; }
    }
}
