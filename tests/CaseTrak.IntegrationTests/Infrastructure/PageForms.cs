using System.Net;
using System.Text.RegularExpressions;

namespace CaseTrak.IntegrationTests.Infrastructure;

/// <summary>Posts a Razor Pages form as a browser would: read the page first for its antiforgery token.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formUrl);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenIn(html) ?? "" }));
    }

    /// <summary>The antiforgery token of the first form on a page, or null when it has none.</summary>
    public static string? TokenIn(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
