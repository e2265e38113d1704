using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTrak.Web.Features.Home;

/// <summary>Where the cookie handler sends a signed-in user whose role does not allow a page. Answers 403.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
