using System.Globalization;
using CaseTrak.Web.Platform.Web;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A billing record's version is its ETag; PUT and PATCH must send it back in If-Match (API.md).</summary>
internal static class BillingVersions
{
    public static void Set(HttpContext http, int version) => ETags.Set(http, version.ToString(CultureInfo.InvariantCulture));

    /// <summary>The version If-Match names: 428 when missing, null for "*".</summary>
    public static int? FromIfMatch(HttpContext http) => ETags.VersionFromIfMatch(http);
}
