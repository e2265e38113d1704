namespace CaseTrak.Web.Platform.Web;

/// <summary>The address people use to reach CaseTrak, for links in emails (App:PublicUrl, else the request's).</summary>
public static class PublicUrl
{
    public static string Of(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()["App:PublicUrl"];
        return string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured.TrimEnd('/');
    }
}
