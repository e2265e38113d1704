using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Features.Conflicts.Matching;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>A search term typed for one seeded contact, and the contact it should find.</summary>
public sealed record GoldQuery(string Term, string Typo, Guid ContactId, string Name)
{
    public const int TopN = 20;

    private readonly string _normalised = NameNormaliser.Normalise(Name);

    /// <summary>
    /// Whether the contact is among the first <see cref="TopN"/> distinct contacts of a ranked list. A namesake (a
    /// contact whose name normalises the same) counts too: no name search can tell two "Weber Group"s apart.
    /// </summary>
    public bool IsFoundIn(IEnumerable<(Guid ContactId, string Name)> ranked) =>
        ranked.DistinctBy(h => h.ContactId).Take(TopN).Any(h => h.ContactId == ContactId || NameNormaliser.Normalise(h.Name) == _normalised);

    public bool IsFoundExactlyIn(IEnumerable<(Guid ContactId, string Name)> ranked) =>
        ranked.DistinctBy(h => h.ContactId).Take(TopN).Any(h => h.ContactId == ContactId);
}

/// <summary>
/// The gold set of scenario 6, derived at run time from the seeded firm and nothing else: 200 contacts picked
/// by a seeded Random, their names read from the database, each typed with one realistic slip (people and
/// organisations each cycle through their kinds of slip, see <see cref="NameTypos"/>). Same seed, same set.
/// </summary>
public static class ConflictGoldSet
{
    public const int Size = 200;

    public static async Task<IReadOnlyList<GoldQuery>> BuildAsync(NpgsqlDataSource raw, BenchFirm firm, CancellationToken ct)
    {
        var pick = new Random(firm.Seed + 6);
        var indices = new List<int>();
        var seen = new HashSet<int>();
        while (indices.Count < Size)
        {
            var i = pick.Next(firm.Contacts);
            if (seen.Add(i))
                indices.Add(i);
        }
        var ids = indices.Select(i => StableIds.For(StableIds.Contact, i)).ToArray();
        var rows = await ReadAsync(raw, firm.FirmId, ids, ct);

        var slips = new Random(firm.Seed + 7);
        int people = 0, organisations = 0;
        var gold = new List<GoldQuery>(Size);
        foreach (var id in ids)
        {
            var c = rows[id];
            if (c.Organisation)
            {
                var kind = NameTypos.OrganisationKinds[organisations++ % NameTypos.OrganisationKinds.Length];
                gold.Add(new(NameTypos.Organisation(c.DisplayName, kind, slips), kind, id, c.DisplayName));
            }
            else
            {
                var kind = NameTypos.PersonKinds[people++ % NameTypos.PersonKinds.Length];
                gold.Add(new(NameTypos.Person(c.First!, c.Last!, kind, slips), kind, id, c.DisplayName));
            }
        }
        return gold;
    }

    private sealed record SeededContact(bool Organisation, string? First, string? Last, string DisplayName);

    private static async Task<Dictionary<Guid, SeededContact>> ReadAsync(NpgsqlDataSource raw, Guid firmId, Guid[] ids, CancellationToken ct)
    {
        await using var cmd = raw.CreateCommand("SELECT id, kind, first_name, last_name, display_name FROM contacts WHERE firm_id = $1 AND id = ANY($2)");
        cmd.Parameters.Add(new() { Value = firmId });
        cmd.Parameters.Add(new() { Value = ids });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new Dictionary<Guid, SeededContact>();
        while (await reader.ReadAsync(ct))
            rows[reader.GetGuid(0)] = new(reader.GetInt32(1) == 1, reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
        if (rows.Count != ids.Length)
            throw new InvalidOperationException($"The gold set expected {ids.Length} seeded contacts and found {rows.Count}.");
        return rows;
    }
}
