using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTrak.Web.Features.Shared;

/// <summary>The few things every CaseTrak page does the same way: confirmations and turning refusals into form errors.</summary>
public abstract class AppPageModel : PageModel
{
    public const string FlashKey = "Flash";

    /// <summary>A short message naming what was done, shown once on the next page ("User Jane Doe added").</summary>
    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>
    /// Runs a form submission. A refusal becomes errors on the form (typed values stay, because the bound
    /// Input is rendered again); <paramref name="reload"/> restores what the page shows besides the form.
    /// </summary>
    protected async Task<IActionResult> SubmitAsync(Func<Task<IActionResult>> submit, Func<Task>? reload = null)
    {
        try
        {
            return await submit();
        }
        catch (FormInvalidException)
        {
            // The errors are already in ModelState.
        }
        catch (RequestValidationException e)
        {
            FormErrors.Add(ModelState, e, InputType);
        }
        catch (DomainRuleException e)
        {
            FormErrors.Add(ModelState, e, InputType);
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (PreconditionException)
        {
            ModelState.AddModelError("", "Someone else changed this while you were editing it. Reload the page to see their changes, then make yours again.");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        try
        {
            if (reload is not null)
                await reload();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>Adds the request record's DataAnnotations errors to the form.</summary>
    protected void Check(object request) => FormErrors.Check(ModelState, request, InputType);

    /// <summary>Inside <see cref="SubmitAsync"/>: stop here and show the form again when anything was wrong.</summary>
    protected void EnsureValid()
    {
        if (!ModelState.IsValid)
            throw new FormInvalidException();
    }

    /// <summary>The type of the page's bound <c>Input</c> property, whose names the error keys use.</summary>
    private Type InputType => GetType().GetProperty(FormErrors.Prefix)?.PropertyType ?? typeof(object);

    private sealed class FormInvalidException : Exception;
}
