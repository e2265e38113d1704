using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Features.Audit;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;

namespace CaseTrak.Bench.Scenarios;

/// <summary>A read the app issues on a hot path, run through the app's own handler in a request-like scope.</summary>
public sealed record HotQuery(string Name, Func<AppRequestScope, CancellationToken, Task> RunAsync);

/// <summary>
/// Scenario 3's list: the reads behind the most frequent requests (every API call, GET /me, opening a matter,
/// the matter list, contacts, users, the audit page). Each calls the app's handler rather than a copy of its
/// LINQ, so the bench follows the app when a query is rewritten, merged or cached away. Arguments are fixed so
/// the EF side sends exactly the SQL and parameter values the raw side replays.
/// </summary>
public static class HotQueries
{
    public static IReadOnlyList<HotQuery> For(BenchFirm firm, string token)
    {
        var matter = firm.MatterId(0);
        var client = StableIds.For(StableIds.Contact, 0);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return
        [
            new("bearer token: session, user and firm (BearerTokenHandler)", (s, _) => s.AuthenticateAsync(token)),
            new("signed-in user (CurrentUser)", (s, ct) => s.Get<CurrentUser>().LoadAsync(ct)),
            new("own firm (FirmSettingsHandler)", (s, ct) => s.Get<FirmSettingsHandler>().LoadAsync(ct)),
            new("matter by id (GetMatterHandler.LoadAsync)", (s, ct) => s.Get<GetMatterHandler>().LoadAsync(matter, ct)),
            new("GET matter, all its reads (GetMatterHandler.HandleAsync)", (s, ct) => s.Get<GetMatterHandler>().HandleAsync(matter, ct)),
            new("matter list page: open, 50, with names (ListMattersHandler)", (s, ct) =>
                s.Get<ListMattersHandler>().HandleAsync(new ListMattersQuery(Status: "open", Limit: 50), ct)),
            new("contact by id with names and methods (GetContactHandler)", (s, ct) => s.Get<GetContactHandler>().HandleAsync(client, ct)),
            new("contact list page, 50 (ListContactsHandler)", (s, ct) => s.Get<ListContactsHandler>().HandleAsync(new ListContactsQuery(Limit: 50), ct)),
            new("users list page, 50 (ListUsersHandler)", (s, ct) => s.Get<ListUsersHandler>().HandleAsync(new ListUsersQuery(Limit: 50), ct)),
            new("audit list page, last 30 days (ListAuditHandler)", (s, ct) =>
                s.Get<ListAuditHandler>().HandleAsync(new AuditQuery(From: today.AddDays(-30), To: today), ct)),
        ];
    }
}
