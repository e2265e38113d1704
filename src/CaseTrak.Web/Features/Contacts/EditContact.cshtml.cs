using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>Edits a contact's details; the hidden Version refuses saving over someone else's change (If-Match for forms).</summary>
public sealed class EditContactModel(GetContactHandler get, UpdateContactHandler update) : AppPageModel, IContactForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public ContactDto Contact { get; private set; } = null!;

    public ContactKind Kind => Contact.Kind;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        Input = ContactInput.From(Contact);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        EnsureValid(); // a date the browser sent in another form
        ContactDto saved;
        try
        {
            saved = await update.HandleAsync(Id, Input.ToUpdate(), c =>
            {
                if (c.Version != Input.Version)
                    throw new PreconditionException(412, "This contact was changed since you loaded the page.");
            }, whole: true, ct);
        }
        catch (RequestValidationException e)
        {
            throw ContactInput.Flatten(e);
        }
        Flash($"Changes to {saved.DisplayName} saved");
        return Redirect($"/contacts/{Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Contact = await get.HandleAsync(Id, ct);
}
