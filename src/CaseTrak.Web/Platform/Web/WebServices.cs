using System.Text.Json.Serialization;
using CaseTrak.Web.Platform.Errors;
using Microsoft.AspNetCore.Http.Json;

namespace CaseTrak.Web.Platform.Web;

internal static class WebServices
{
    public const int MaxJsonDepth = 32;

    public static IServiceCollection AddCaseTrakWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.MaxDepth = MaxJsonDepth;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        services.AddValidation();
        services.AddOpenApi();
        // Pages live beside their slices (DESIGN.md §1); each declares its own route with @page.
        services.AddRazorPages(o => o.RootDirectory = "/Features");
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "casetrak.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }
}
