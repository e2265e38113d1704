using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>Words and links the conflict pages share.</summary>
public static class ConflictDisplay
{
    public static string Decision(ConflictDecision decision) => decision switch
    {
        ConflictDecision.Pending => "Awaiting decision",
        ConflictDecision.Clear => "Clear",
        ConflictDecision.Waived => "Waived",
        ConflictDecision.Conflict => "Conflict",
        _ => decision.ToString(),
    };

    /// <summary>The badge colour; the badge always says the decision in words too.</summary>
    public static string BadgeClass(ConflictDecision decision) => decision switch
    {
        ConflictDecision.Clear => "status-ok",
        ConflictDecision.Waived => "status-denied",
        ConflictDecision.Conflict => "status-bad",
        _ => "status-warn",
    };

    /// <summary>"otherSideSolicitor" → "Other side solicitor"; a hit with no matter is "Contact, no matters".</summary>
    public static string Role(string? role)
    {
        if (string.IsNullOrEmpty(role))
            return "";
        if (role == "contact")
            return "Contact, no matters";
        var sb = new StringBuilder();
        foreach (var c in role)
            sb.Append(char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    /// <summary>
    /// Where to go after deciding when another page sent the user here (the new-matter flow): only a local
    /// address, with the check's id added so that page can carry on.
    /// </summary>
    public static string? Return(IUrlHelper url, string? returnUrl, Guid checkId)
    {
        if (string.IsNullOrEmpty(returnUrl) || !url.IsLocalUrl(returnUrl))
            return null;
        var hash = returnUrl.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (returnUrl, "") : (returnUrl[..hash], returnUrl[hash..]);
        return $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}conflictCheckId={checkId}{fragment}";
    }
}
