namespace CaseTrak.Web.Platform.Security;

/// <summary>Headers on every response (SECURITY.md): no inline script, no framing, no sniffing.</summary>
internal static class SecurityHeaders
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API reference page (Scalar) is a third-party single-page app that needs inline styles and scripts.
    private const string DocsCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // A bill's PDF is previewed in a frame on the bill's own page: same origin only, and nothing else may frame.
            var framedPdf = http.Request.Path.StartsWithSegments("/api/v1") && http.Request.Path.Value!.EndsWith("/pdf", StringComparison.Ordinal);
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs") ? DocsCsp
                : framedPdf ? Csp.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal) : Csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = framedPdf ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (http.Request.Path.StartsWithSegments("/api"))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
