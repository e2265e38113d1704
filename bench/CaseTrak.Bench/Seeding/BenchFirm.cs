using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Seeding;

/// <summary>What scenarios need to know about the seeded firm. Everything follows from the profile and the seed.</summary>
public sealed record BenchFirm(Profile Profile, int Seed)
{
    public const string FirmName = "Bench & Partners LLP";
    public const string Email = "bench@casetrak.test";
    public const string Password = "Bench-Password-2026!";

    public Guid FirmId => StableIds.For(StableIds.Firm, 0);

    /// <summary>The user who signs in (<see cref="Email"/>).</summary>
    public Guid UserId => StableIds.For(StableIds.User, 0);
    public int Clients => Math.Max(50, Profile.Matters / 5);
    public int Contacts => Profile.Parties;

    /// <summary>Other parties per matter besides the client, so that matter_parties has about Profile.Parties rows.</summary>
    public int OtherPartiesPerMatter => Math.Max(1, Profile.Parties / Profile.Matters - 1);

    public Guid MatterId(int index) => StableIds.For(StableIds.Matter, index);

    /// <summary>Template database name: changing the seed, the generator or the migrations must change it.</summary>
    public string TemplateName(string schemaVersion) => $"ct_tmpl_{Profile.Name.ToLowerInvariant()}_{Seed}_{schemaVersion}".ToLowerInvariant();
}
