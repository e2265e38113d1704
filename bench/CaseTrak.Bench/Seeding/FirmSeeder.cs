using Bogus;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;
using T = NpgsqlTypes.NpgsqlDbType;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// Loads one deterministic firm (Bogus, fixed seed) into a migrated database with binary COPY: firm, audit
/// chain head, users, practice areas, contacts and their names, conflict checks, matters (skewed: a few
/// clients hold thousands of matters), matter parties, matter teams and information barriers, time and billing (<see cref="TimeSeeder"/>) and client money (<see cref="LedgerSeeder"/>). Column names follow the Postgres migration.
/// </summary>
public sealed class FirmSeeder(BenchFirm firm, TextWriter log)
{
    private static readonly DateTime Now = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Areas = ["Conveyancing", "Family", "Private Client", "Litigation", "Employment", "Commercial", "Personal Injury", "Immigration"];
    private const int BigClients = 5;

    /// <param name="withWork">Also time, disbursements and client money (scenarios 5, 9, 10); the rest read none of it.</param>
    public async Task SeedAsync(NpgsqlConnection conn, bool withWork, CancellationToken ct)
    {
        var copy = new BinaryCopy(conn);
        var f = firm.FirmId;
        await copy.CopyAsync("firms", ["id", "name", "region", "created_at", "two_factor_required_for", "version"],
            [[f, BenchFirm.FirmName, "uk-south", Now, (int)UserRoles.None, 1]], [T.Uuid, T.Varchar, T.Varchar, T.TimestampTz, T.Integer, T.Integer], ct);
        await copy.CopyAsync("audit_chain_heads", ["firm_id", "last_seq", "last_hash"], [[f, 0L, new string('0', 64)]], [T.Uuid, T.Bigint, T.Varchar], ct);
        await Report("users", copy.CopyAsync("users", UserColumns, Users(), UserTypes, ct));
        await Report("practice_areas", copy.CopyAsync("practice_areas", ["firm_id", "id", "name", "active"],
            Areas.Select((a, i) => new object?[] { f, StableIds.For(StableIds.PracticeArea, i), a, true }), [T.Uuid, T.Uuid, T.Varchar, T.Boolean], ct));

        var names = ContactNames();
        await Report("contacts", copy.CopyAsync("contacts", ContactColumns, Contacts(names), ContactTypes, ct));
        await Report("contact_names", copy.CopyAsync("contact_names", ["firm_id", "id", "contact_id", "kind", "name", "normalised"],
            names.Select((n, i) => new object?[] { f, StableIds.For(StableIds.ContactName, i), StableIds.For(StableIds.Contact, i), 0, n.Name, NameNormaliser.Normalise(n.Name) }),
            [T.Uuid, T.Uuid, T.Uuid, T.Integer, T.Varchar, T.Varchar], ct));

        var matters = MatterPlan();
        await Report("conflict_checks", copy.CopyAsync("conflict_checks", ["firm_id", "id", "terms", "client_id", "run_by_user_id", "run_at", "hit_count", "decision"],
            matters.Select(m => new object?[] { f, StableIds.For(StableIds.ConflictCheck, m.Index), names[m.Client].Name, StableIds.For(StableIds.Contact, m.Client),
                StableIds.For(StableIds.User, m.User), m.OpenedAt, 0, 1 }),
            [T.Uuid, T.Uuid, T.Varchar, T.Uuid, T.Uuid, T.TimestampTz, T.Integer, T.Integer], ct));
        await Report("matters", copy.CopyAsync("matters", MatterColumns, matters.Select(m => MatterRow(m, names)), MatterTypes, ct));
        await Report("matter_parties", copy.CopyAsync("matter_parties", ["firm_id", "id", "matter_id", "contact_id", "role", "added_at"],
            Parties(matters), [T.Uuid, T.Uuid, T.Uuid, T.Uuid, T.Integer, T.TimestampTz], ct));
        await Report("matter_team_members", copy.CopyAsync("matter_team_members", ["firm_id", "id", "matter_id", "user_id"],
            Members(matters, StableIds.TeamMember, TeamOf), [T.Uuid, T.Uuid, T.Uuid, T.Uuid], ct));
        var barred = matters.Where(m => m.Index % BarrierEvery == BarrierEvery - 1).ToList();
        await Report("matter_barriers", copy.CopyAsync("matter_barriers", ["firm_id", "matter_id", "created_at", "created_by_user_id"],
            barred.Select(m => new object?[] { f, firm.MatterId(m.Index), m.OpenedAt, StableIds.For(StableIds.User, m.User) }),
            [T.Uuid, T.Uuid, T.TimestampTz, T.Uuid], ct));
        await Report("matter_barrier_members", copy.CopyAsync("matter_barrier_members", ["firm_id", "id", "matter_id", "user_id"],
            Members(barred, StableIds.BarrierMember, BarrierMembersOf), [T.Uuid, T.Uuid, T.Uuid, T.Uuid], ct));
        if (!withWork)
            return;
        await new TimeSeeder(firm, matters, log).SeedAsync(conn, ct);
        await new LedgerSeeder(firm, matters, log).SeedAsync(conn, ct);
    }

    private async Task Report(string table, Task<long> copying) => log.WriteLine($"    {table}: {await copying:N0} rows");

    private static readonly string[] UserColumns = ["id", "firm_id", "display_name", "roles", "duties", "disabled", "created_at", "invitation_pending",
        "user_name", "normalized_user_name", "email", "normalized_email", "email_confirmed", "password_hash", "security_stamp", "concurrency_stamp",
        "phone_number_confirmed", "two_factor_enabled", "lockout_enabled", "access_failed_count"];
    private static readonly NpgsqlDbType[] UserTypes = [T.Uuid, T.Uuid, T.Varchar, T.Integer, T.Integer, T.Boolean, T.TimestampTz, T.Boolean,
        T.Varchar, T.Varchar, T.Varchar, T.Varchar, T.Boolean, T.Text, T.Text, T.Text, T.Boolean, T.Boolean, T.Boolean, T.Integer];

    private IEnumerable<object?[]> Users()
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(firm.Seed + 1) };
        // One PBKDF2 hash (slow by design) shared by every seeded user.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), BenchFirm.Password);
        for (var i = 0; i < firm.Profile.Users; i++)
        {
            var email = i == 0 ? BenchFirm.Email : $"user{i}@casetrak.test";
            var roles = i == 0 ? UserRoles.Partner | UserRoles.FeeEarner : UserRoles.FeeEarner;
            yield return [StableIds.For(StableIds.User, i), firm.FirmId, faker.Name.FullName(), (int)roles, 0, false, Now, false,
                email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), true, hash, faker.Random.Guid().ToString("N").ToUpperInvariant(),
                faker.Random.Guid().ToString(), false, false, true, 0];
        }
    }

    private sealed record ContactName(string Name, bool Organisation, string? First, string? Last);

    private List<ContactName> ContactNames()
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(firm.Seed + 2) };
        var list = new List<ContactName>(firm.Contacts);
        for (var i = 0; i < firm.Contacts; i++)
        {
            if (faker.Random.Bool(0.3f))
                list.Add(new ContactName(faker.Company.CompanyName() + faker.PickRandom(" Ltd", " Limited", " LLP", " plc", ""), true, null, null));
            else
            {
                string first = faker.Name.FirstName(), last = faker.Name.LastName();
                list.Add(new ContactName($"{first} {last}", false, first, last));
            }
        }
        return list;
    }

    private static readonly string[] ContactColumns = ["firm_id", "id", "kind", "first_name", "last_name", "name", "client_code", "display_name",
        "archived", "cdd_status", "created_at", "updated_at", "version"];
    private static readonly NpgsqlDbType[] ContactTypes = [T.Uuid, T.Uuid, T.Integer, T.Varchar, T.Varchar, T.Varchar, T.Varchar, T.Varchar,
        T.Boolean, T.Integer, T.TimestampTz, T.TimestampTz, T.Integer];

    private IEnumerable<object?[]> Contacts(List<ContactName> names) => names.Select((n, i) => new object?[]
    {
        firm.FirmId, StableIds.For(StableIds.Contact, i), n.Organisation ? 1 : 0, n.First, n.Last, n.Organisation ? n.Name : null,
        // Clients have complete due diligence, so time can be recorded on their matters (scenario 5).
        i < firm.Clients ? $"C{i:000000}" : null, n.Name, false, i < firm.Clients ? (int)CddStatus.Complete : (int)CddStatus.NotStarted,
        Now.AddDays(-i % 1000), Now.AddDays(-i % 500), 1,
    });

    internal sealed record PlannedMatter(int Index, int Client, int User, int Area, int Status, DateTime OpenedAt, DateTime LastActivityAt, string Title);

    /// <summary>Skew: the first five clients share 30% of the matters; the rest spread over the other clients.</summary>
    private List<PlannedMatter> MatterPlan()
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(firm.Seed + 3) };
        var list = new List<PlannedMatter>(firm.Profile.Matters);
        for (var i = 0; i < firm.Profile.Matters; i++)
        {
            var client = faker.Random.Bool(0.3f) ? faker.Random.Int(0, BigClients - 1) : faker.Random.Int(BigClients, firm.Clients - 1);
            var status = faker.Random.WeightedRandom([1, 2, 0, 3], [0.6f, 0.1f, 0.05f, 0.25f]);
            var opened = Now.AddDays(-faker.Random.Int(0, 3650)).AddMinutes(faker.Random.Int(0, 600));
            var last = opened.AddDays(faker.Random.Int(0, Math.Max(0, (int)(Now - opened).TotalDays))).AddSeconds(faker.Random.Int(0, 86_000));
            list.Add(new PlannedMatter(i, client, faker.Random.Int(0, firm.Profile.Users - 1), faker.Random.Int(0, Areas.Length - 1), status,
                opened, last > Now ? Now : last, faker.Lorem.Sentence(4).TrimEnd('.')));
        }
        return list;
    }

    private static readonly string[] MatterColumns = ["firm_id", "id", "reference", "client_id", "title", "practice_area_id", "status",
        "responsible_user_id", "conflict_check_id", "cost_alert_bp", "opened_on", "closed_at", "created_at", "last_activity_at", "version"];
    private static readonly NpgsqlDbType[] MatterTypes = [T.Uuid, T.Uuid, T.Varchar, T.Uuid, T.Varchar, T.Uuid, T.Integer,
        T.Uuid, T.Uuid, T.Integer, T.Date, T.TimestampTz, T.TimestampTz, T.TimestampTz, T.Integer];

    private object?[] MatterRow(PlannedMatter m, List<ContactName> names) =>
    [
        firm.FirmId, firm.MatterId(m.Index), $"M{m.Index:0000000}", StableIds.For(StableIds.Contact, m.Client),
        $"{names[m.Client].Name}: {m.Title}", StableIds.For(StableIds.PracticeArea, m.Area), m.Status,
        StableIds.For(StableIds.User, m.User), StableIds.For(StableIds.ConflictCheck, m.Index), 0, DateOnly.FromDateTime(m.OpenedAt),
        m.Status == 3 ? m.LastActivityAt : null, m.OpenedAt, m.LastActivityAt, 1,
    ];

    /// <summary>Every 50th matter is behind an information barrier (2,000 at L).</summary>
    private const int BarrierEvery = 50;

    /// <summary>Rows of a per-matter user list (team, barrier members), numbered across all matters.</summary>
    private IEnumerable<object?[]> Members(List<PlannedMatter> matters, int table, Func<PlannedMatter, Randomizer, IEnumerable<int>> usersOf)
    {
        var random = new Randomizer(firm.Seed + 5 + table);
        long n = 0;
        foreach (var m in matters)
            foreach (var user in usersOf(m, random))
                yield return [firm.FirmId, StableIds.For(table, n++), firm.MatterId(m.Index), StableIds.For(StableIds.User, user)];
    }

    /// <summary>The responsible fee earner and one or two colleagues.</summary>
    private IEnumerable<int> TeamOf(PlannedMatter m, Randomizer random) => UserAndColleagues(m.User, random.Int(1, 2), random);

    /// <summary>
    /// The responsible fee earner, one colleague and the bench user, who signs in: every matter stays visible to the
    /// scenarios (no 404s) while the barrier filter does its real work, finding the barrier and then the membership.
    /// </summary>
    private IEnumerable<int> BarrierMembersOf(PlannedMatter m, Randomizer random) => UserAndColleagues(m.User, 1, random).Append(0).Distinct();

    /// <summary>The user and that many other users, all different.</summary>
    private IEnumerable<int> UserAndColleagues(int first, int others, Randomizer random)
    {
        var users = new List<int> { first };
        while (users.Count < others + 1)
        {
            var next = random.Int(0, firm.Profile.Users - 1);
            if (!users.Contains(next))
                users.Add(next);
        }
        return users;
    }

    private IEnumerable<object?[]> Parties(List<PlannedMatter> matters)
    {
        var random = new Randomizer(firm.Seed + 4);
        long n = 0;
        foreach (var m in matters)
        {
            yield return [firm.FirmId, StableIds.For(StableIds.Party, n++), firm.MatterId(m.Index), StableIds.For(StableIds.Contact, m.Client), 0, m.OpenedAt];
            for (var k = 0; k < firm.OtherPartiesPerMatter; k++)
                yield return [firm.FirmId, StableIds.For(StableIds.Party, n++), firm.MatterId(m.Index),
                    StableIds.For(StableIds.Contact, random.Int(firm.Clients, firm.Contacts - 1)), random.Int(1, 11), m.OpenedAt];
        }
    }
}
