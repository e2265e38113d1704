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
            if (c.ProblemDetails is HttpValidationProblemDetails validation)
                CamelCaseFields(validation.Errors);
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
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.Filters.Add<UnmatchedPageHandlerFilter>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "casetrak.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    /// <summary>
    /// The built-in validation names fields as C# does ("DisplayName"); the API speaks camelCase (API.md), so
    /// a client can match every error to the field it sent.
    /// </summary>
    private static void CamelCaseFields(IDictionary<string, string[]> errors)
    {
        var renamed = errors.ToDictionary(
            e => string.Join('.', e.Key.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)), e => e.Value);
        errors.Clear();
        foreach (var (field, messages) in renamed)
            errors[field] = messages;
    }
}
