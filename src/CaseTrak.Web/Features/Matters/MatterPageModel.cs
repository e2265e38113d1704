using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Every page under /matters/{id}: the matter is loaded before any handler runs, even a POST that names no
/// handler, so a missing, foreign or barred id is a 404 everywhere (with the AccessDenied audit event).
/// </summary>
public abstract class MatterPageModel(GetMatterHandler get, CurrentUser me) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MatterDto Matter { get; private set; } = null!;

    /// <summary>The COLP, or a Partner responsible for or supervising the matter, may set its barrier.</summary>
    public bool MaySetAccess { get; private set; }

    public abstract string Tab { get; }

    [Microsoft.AspNetCore.Mvc.RazorPages.NonHandler] // the override does not inherit the base attribute, and Razor would map it as a "PAGE" handler
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        try
        {
            await ReloadMatterAsync(HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    protected async Task ReloadMatterAsync(CancellationToken ct)
    {
        Matter = await get.HandleAsync(Id, ct);
        var user = await me.LoadAsync(ct);
        MaySetAccess = user.Duties.HasFlag(ComplianceDuties.Colp)
            || (user.Roles.HasFlag(UserRoles.Partner) && (Matter.ResponsibleUserId == user.Id || Matter.SupervisingUserId == user.Id));
    }

    /// <summary>Back to this tab after a successful form (post/redirect/get).</summary>
    protected IActionResult BackToTab(string message)
    {
        Flash(message);
        return Redirect(Request.Path);
    }
}
