using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Shared;

/// <summary>Only a path on this site may be a destination after sign-in (no open redirect).</summary>
public static class ReturnUrls
{
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
