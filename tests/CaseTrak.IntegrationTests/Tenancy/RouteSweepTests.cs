using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>
/// SECURITY.md: a sweep over every route with a parameter and every verb, using another firm's ids: never
/// 2xx, never their data. Routes are read from the running app, so routes added later are swept too.
/// </summary>
public sealed partial class RouteSweepTests(TestApp app)
{
    [Fact]
    public async Task Another_firms_ids_get_no_success_and_none_of_its_data_on_any_parameterised_route()
    {
        var (firmA, sampleA) = await SeedAsync();
        var (firmB, sampleB) = await SeedAsync();
        var leaks = ForbiddenStrings(firmA, sampleA);

        var routes = ParameterisedRoutes();
        var missing = routes.Select(r => r.Key).Distinct().Where(k => !RouteSweepRegistry.Entries.ContainsKey(k)).ToList();
        var failures = new List<string>();
        var swept = 0;

        foreach (var route in routes.Where(r => RouteSweepRegistry.Entries.ContainsKey(r.Key)))
        {
            var entry = RouteSweepRegistry.Entries[route.Key](sampleA);
            var path = Format(route.Endpoint.RoutePattern, entry.Values);
            foreach (var (method, handler) in await CallsAsync(route))
            {
                var url = handler is null ? path : $"{path}?handler={handler}";
                var antiforgery = route.IsPage && method == "POST"
                    ? await AntiforgeryTokenAsync(firmB.Admin, Format(route.Endpoint.RoutePattern, RouteSweepRegistry.Entries[route.Key](sampleB).Values))
                    : null;
                var response = await firmB.Admin.SendAsync(Request(method, url, route.IsPage, antiforgery));
                var body = await response.Content.ReadAsStringAsync();
                swept++;
                var status = (int)response.StatusCode;
                TestContext.Current.TestOutputHelper?.WriteLine($"{method} {url} -> {status}");
                if (entry.FirmData && status is >= 200 and < 300)
                    failures.Add($"{method} {url} answered {status} to another firm's user.");
                foreach (var leak in leaks.Where(l => body.Contains(l, StringComparison.OrdinalIgnoreCase)))
                    failures.Add($"{method} {url} ({status}) showed firm A's '{leak}'.");
            }
        }

        var problems = new List<string>();
        if (missing.Count > 0)
            problems.Add("These routes take parameters but have no entry in RouteSweepRegistry, so the tenancy sweep cannot check them:\n  "
                + string.Join("\n  ", missing) + "\nAdd an entry that fills each parameter from firm A's rows.");
        if (failures.Count > 0)
            problems.Add("Cross-firm requests that were not refused cleanly:\n  " + string.Join("\n  ", failures));
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.True(swept > 0, "The sweep found no parameterised route at all.");

        // The refused lookup is on record in the caller's own firm (SECURITY.md: 404 + AccessDenied).
        var denied = await firmB.AuditAsync("&action=AccessDenied");
        Assert.Contains(denied, e => e.GetProperty("targetId").GetString() == sampleA.UserId.ToString()
            && e.GetProperty("actorId").GetString() == firmB.Owner.Id.ToString()
            && e.GetProperty("outcome").GetString() == "denied");
        Assert.Empty(await firmA.AuditAsync("&action=AccessDenied"));
    }

    private Task<(TestFirm Firm, SweepSample Sample)> SeedAsync() => RouteSweepSeeder.SeedFirmAsync(app);

    private static List<string> ForbiddenStrings(TestFirm firm, SweepSample sample) =>
    [
        firm.Name, firm.Tag, firm.Owner.Email, firm.Owner.DisplayName,
        .. new[]
        {
            sample.FirmId, sample.OwnerId, sample.UserId, sample.ContactId, sample.OtherContactId, sample.RelationshipId, sample.ContactNoteId,
            sample.ConflictCheckId, sample.PracticeAreaId, sample.MatterId, sample.PartyId, sample.KeyDateId, sample.UndertakingId, sample.MatterNoteId,
        }.SelectMany(id => new[] { id.ToString("D"), id.ToString("N") }),
    ];

    /// <summary>Each verb, and for a page each named handler too (`?handler=Disable` runs other code than the plain POST).</summary>
    private async Task<List<(string Method, string? Handler)>> CallsAsync(SweptRoute route)
    {
        var calls = route.Methods.Select(m => (m, (string?)null)).ToList();
        if (route.Endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            return calls;
        var compiled = page as CompiledPageActionDescriptor
            ?? await app.Services.GetRequiredService<PageLoader>().LoadAsync(page, route.Endpoint.Metadata);
        calls.AddRange(compiled.HandlerMethods.Where(h => h.Name is not null)
            .Select(h => (h.HttpMethod.ToUpperInvariant(), (string?)h.Name)));
        return calls;
    }

    private sealed record SweptRoute(string Key, RouteEndpoint Endpoint, IReadOnlyList<string> Methods, bool IsPage);

    private List<SweptRoute> ParameterisedRoutes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.Parameters.Count > 0)
        .Select(e =>
        {
            var isPage = e.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            return new SweptRoute("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e,
                methods is { Count: > 0 } ? methods.ToList() : ["GET", "POST"], isPage);
        })
        .OrderBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    private static string Format(RoutePattern pattern, IReadOnlyDictionary<string, string> values)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart p when values.TryGetValue(p.Name, out var v) => p.IsCatchAll ? v : Uri.EscapeDataString(v),
                    RoutePatternParameterPart p when p.IsOptional || p.Default is not null => "",
                    RoutePatternParameterPart p => throw new InvalidOperationException($"No value for '{p.Name}' in {pattern.RawText}."),
                    _ => "",
                });
            }
            if (text.Length > 0)
                segments.Add(text.ToString());
        }
        return "/" + string.Join("/", segments);
    }

    private static HttpRequestMessage Request(string method, string url, bool isPage, string? antiforgery)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "GET" or "HEAD" or "OPTIONS")
            return request;
        if (isPage)
            request.Content = new FormUrlEncodedContent(antiforgery is null ? [] : [new("__RequestVerificationToken", antiforgery)]);
        else
        {
            // An empty object gets past binding of all-optional bodies, so the lookup itself is what answers.
            request.Content = new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }
        return request;
    }

    /// <summary>The page's form token for this user, read from the same page over one of the caller's own rows.</summary>
    private static async Task<string?> AntiforgeryTokenAsync(HttpClient client, string ownUrl)
    {
        var html = await (await client.GetAsync(ownUrl)).Content.ReadAsStringAsync();
        return PageForms.TokenIn(html);
    }
}
