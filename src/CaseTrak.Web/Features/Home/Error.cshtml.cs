using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTrak.Web.Features.Home;

/// <summary>
/// Re-executed by the status-code pages middleware for page requests that end without a body (404 and
/// friends). The original status code stays on the response. API paths keep their ProblemDetails.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    // Any verb can be re-executed here (a POST to an unknown address, say); each shows the same page.
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
