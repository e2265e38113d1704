using System.Globalization;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// A matter's version is its ETag: every edit of the matter or its team or access list bumps it, and a PUT or
/// PATCH must name the version it was based on (API.md: If-Match).
/// </summary>
internal static class MatterVersion
{
    public static void Check(Matter matter, int? expectedVersion)
    {
        if (expectedVersion is { } v && v != matter.Version)
            throw new PreconditionException(412, "This matter was changed since you loaded it. Reload and try again.");
    }

    /// <summary>The version the request's If-Match names: 428 when missing, null for "*" (any version).</summary>
    public static int? FromIfMatch(HttpContext http) => ETags.VersionFromIfMatch(http, "matter");

    public static string ETag(Matter matter) => ETags.Format(matter.Version.ToString(CultureInfo.InvariantCulture));
}
