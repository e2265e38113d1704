using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>
/// SECURITY.md, information barriers: a user of the same firm who is not on a restricted matter's list calls
/// every matter route with that matter's ids, every other route's GET, and every list: never a success on the
/// matter's routes, never any of its data anywhere; the COLP and a member still get the GETs.
/// </summary>
public sealed partial class RouteSweepTests
{
    [Fact]
    public async Task A_user_outside_a_barrier_gets_no_success_and_none_of_the_matters_data_on_any_route()
    {
        var firm = await TestFirm.CreateAsync(app);
        var partner = await firm.AddUserAsync("partner");
        var colp = await firm.AddUserAsync(["feeEarner"], null, ["colp"]);
        var barredUser = await firm.AddUserAsync("feeEarner");
        var asPartner = await firm.SignInAsync(partner);
        var basis = new SweepSample(firm.Id, firm.Owner.Id, barredUser.Id);
        var open = await RouteSweepSeeder.SeedMatterAsync(firm, basis, firm.Admin, firm.Owner.Id);
        var restricted = await RouteSweepSeeder.SeedMatterAsync(firm, basis, asPartner.Client, partner.Id);
        await asPartner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{restricted.MatterId}/access", new { restricted = true, userIds = Array.Empty<Guid>() }, "*")
            .ExpectAsync(200);
        var barred = (await firm.SignInAsync(barredUser)).Client;
        var supervisors = new[] { ("COLP", (await firm.SignInAsync(colp)).Client), ("member", asPartner.Client) };
        var secrets = RouteSweepSeeder.MatterSecrets(restricted);

        var routes = ParameterisedRoutes();
        var missing = routes.Select(r => r.Key).Distinct().Where(k => !RouteSweepRegistry.Entries.ContainsKey(k)).ToList();
        var failures = new List<string>();
        var swept = 0;
        foreach (var route in routes.Where(r => RouteSweepRegistry.Entries.ContainsKey(r.Key)))
        {
            var entry = RouteSweepRegistry.Entries[route.Key](restricted);
            var path = Format(route.Endpoint.RoutePattern, entry.Values);
            // Elsewhere only reads: the barred user may use contacts and the rest, but must not see the matter through them.
            var calls = entry.MatterScoped ? await CallsAsync(route) : [.. route.Methods.Where(m => m == "GET").Select(m => (m, (string?)null))];
            foreach (var (method, handler) in calls)
            {
                var url = handler is null ? path : $"{path}?handler={handler}";
                var antiforgery = route.IsPage && method == "POST"
                    ? await AntiforgeryTokenAsync(barred, Format(route.Endpoint.RoutePattern, RouteSweepRegistry.Entries[route.Key](open).Values))
                    : null;
                var response = await barred.SendAsync(Request(method, url, route.IsPage, antiforgery));
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                swept++;
                TestContext.Current.TestOutputHelper?.WriteLine($"barred {method} {url} -> {status}");
                if (entry.MatterScoped && status is >= 200 and < 300)
                    failures.Add($"{method} {url} answered {status} to a user outside the matter's barrier.");
                failures.AddRange(secrets.Where(l => body.Contains(l, StringComparison.OrdinalIgnoreCase))
                    .Select(l => $"{method} {url} ({status}) showed the restricted matter's '{l}'."));
            }
            if (!entry.MatterScoped || !route.Methods.Contains("GET"))
                continue;
            foreach (var (who, client) in supervisors)
            {
                var status = (int)(await client.GetAsync(path)).StatusCode;
                if ((status is < 200 or >= 300) && !(entry.RoleLimited && status == 403))
                    failures.Add($"GET {path} answered {status} to the {who}, who may see the matter.");
            }
        }
        failures.AddRange(await ListLeaksAsync(barred, restricted, secrets));

        var problems = new List<string>();
        if (missing.Count > 0)
            problems.Add("These routes take parameters but have no entry in RouteSweepRegistry, so the barrier sweep cannot check them:\n  " + string.Join("\n  ", missing));
        if (failures.Count > 0)
            problems.Add("Requests through an information barrier that were not refused cleanly:\n  " + string.Join("\n  ", failures));
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.True(swept > 0, "The barrier sweep found no route at all.");
        Assert.Contains(await firm.AuditAsync("&action=AccessDenied"), e => e.GetProperty("targetId").GetString() == restricted.MatterId.ToString()
            && e.GetProperty("actorId").GetString() == barredUser.Id.ToString());
    }

    /// <summary>Every GET without route parameters (lists, search, dashboards), asked for the matter's own words.</summary>
    private async Task<List<string>> ListLeaksAsync(HttpClient barred, SweepSample restricted, IReadOnlyList<string> secrets)
    {
        var leaks = new List<string>();
        var lists = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods || methods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists)
        {
            // Part of each string, so that a page echoing the search box does not count, while any result would.
            foreach (var query in new[] { "", $"?q={Uri.EscapeDataString(restricted.MatterNonce[..14])}", $"?q={Uri.EscapeDataString(restricted.MatterReference[..^1])}" })
            {
                var response = await barred.GetAsync(list + query);
                var body = await response.Content.ReadAsStringAsync();
                leaks.AddRange(secrets.Where(l => body.Contains(l, StringComparison.OrdinalIgnoreCase))
                    .Select(l => $"GET {list}{query} ({(int)response.StatusCode}) showed the restricted matter's '{l}'."));
            }
        }
        return leaks;
    }
}
