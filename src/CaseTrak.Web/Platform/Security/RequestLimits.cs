using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Platform.Security;

/// <summary>
/// Refuses oversized bodies before anything reads them: a declared length over the limit answers 413 at
/// once, and the server feature stops a chunked body that grows past it.
/// </summary>
internal static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.Response.WriteAsJsonAsync(new ProblemDetails
            {
                Status = 413,
                Title = "Request too large",
                Detail = $"The request body may be at most {limit / 1024} KB.",
            }, options: null, contentType: "application/problem+json");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        await next(http);
    });
}
