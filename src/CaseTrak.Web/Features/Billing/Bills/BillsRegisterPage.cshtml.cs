using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The bills register (SRA Accounts Rules 8.4): every issued bill and credit note in the period, in number order.</summary>
public sealed class BillsRegisterPageModel(BillsRegisterHandler register) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<BillsRegisterRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Rows = await register.HandleAsync(From, To, ct);
        }
        catch (RequestValidationException e)
        {
            FormErrors.Add(ModelState, e, typeof(object));
        }
        return Page();
    }

    public string Export(string format) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/bills-register/export",
        new Dictionary<string, string?> { ["format"] = format, ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd") }
            .Where(p => p.Value is not null));
}
