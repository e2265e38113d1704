using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Adding a contact: first person or organisation (a plain GET form, so no script is needed), then that
/// kind's fields. Possible duplicates stop the first submission and are listed with "Create anyway".
/// </summary>
public sealed class NewContactModel(CreateContactHandler create) : AppPageModel, IContactForm
{
    /// <summary>"person" or "organisation"; anything else shows the choice first.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindChoice { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    /// <summary>Where to go back to with the new contact (the new-matter flow), local addresses only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public IReadOnlyList<DuplicateCandidate> Candidates { get; private set; } = [];

    public ContactKind Kind => KindChoice == "organisation" ? ContactKind.Organisation : ContactKind.Person;

    public bool KindChosen => KindChoice is "person" or "organisation";

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (!KindChosen)
            return RedirectToPage();
        EnsureValid(); // a date the browser sent in another form
        CreateContactResult result;
        try
        {
            result = await create.HandleAsync(Input.ToCreate(Kind), ct);
        }
        catch (RequestValidationException e)
        {
            throw ContactInput.Flatten(e);
        }
        if (result.Contact is not { } contact)
        {
            Candidates = result.PossibleDuplicates;
            return Page();
        }
        Flash($"{contact.DisplayName} added");
        return SafeReturnUrl is { } back
            ? Redirect($"{back}{(back.Contains('?') ? '&' : '?')}clientId={contact.Id}")
            : Redirect($"/contacts/{contact.Id}");
    });
}
