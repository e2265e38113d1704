using System.Globalization;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Platform.Web;

/// <summary>Optimistic concurrency over HTTP: `ETag` out, `If-Match` required in (API.md).</summary>
public static class ETags
{
    public static string Format(string version) => $"\"{version}\"";

    public static void Set(HttpContext http, string version) => http.Response.Headers.ETag = Format(version);

    /// <summary>428 when the header is missing, 412 when it names another version.</summary>
    public static void Require(HttpContext http, string currentVersion)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
            throw new PreconditionException(428, "Send the If-Match header with the ETag you last read.");
        if (ifMatch.Trim() != "*" && !ifMatch.Split(',').Select(v => v.Trim()).Contains(Format(currentVersion)))
            throw new PreconditionException(412, "This record was changed since you loaded it. Reload and try again.");
    }

    /// <summary>The integer version If-Match names: 428 when missing, null for "*" (any version), 412 when unreadable.</summary>
    public static int? VersionFromIfMatch(HttpContext http, string what = "record")
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0)
            throw new PreconditionException(428, "Send the If-Match header with the ETag you last read.");
        if (ifMatch == "*")
            return null;
        return int.TryParse(ifMatch.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PreconditionException(412, $"This {what} was changed since you loaded it. Reload and try again.");
    }
}
