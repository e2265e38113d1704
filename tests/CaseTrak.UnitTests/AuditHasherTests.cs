using CaseTrak.Web.Platform.Audit;

namespace CaseTrak.UnitTests;

public sealed class AuditHasherTests
{
    private static readonly Guid Firm = Guid.Parse("0194f3a0-0000-7000-8000-000000000001");
    private static readonly Guid Actor = Guid.Parse("0194f3a0-0000-7000-8000-000000000002");
    private static readonly Guid Target = Guid.Parse("0194f3a0-0000-7000-8000-000000000003");
    private static readonly DateTime At = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Instants_are_truncated_to_the_microseconds_PostgreSQL_keeps()
    {
        var at = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234560), AuditHasher.Truncate(at));
    }

    [Fact]
    public void The_canonical_form_is_stable()
    {
        // Stored chains are re-verified for years: this exact text must never change.
        var expected = string.Join('\u001f', Firm.ToString("D"), "7", "2026-11-26T10:00:00.123456Z", Actor.ToString("D"), "1050",
            "User", Target.ToString("D"), "0", "203.0.113.9", "{\"roles\":[\"staff\"]}");

        Assert.Equal(expected, AuditHasher.Canonical(Event()));
        Assert.Equal(AuditHasher.Hash(AuditHasher.Genesis, Event()), AuditHasher.Hash(AuditHasher.Genesis, Event()));
        Assert.Matches("^[0-9a-f]{64}$", AuditHasher.Hash(AuditHasher.Genesis, Event()));
    }

    [Fact]
    public void Empty_optional_fields_have_a_fixed_place()
    {
        var e = AuditEvent.Create(Firm, At, null, AuditAction.FirmCreated, null, null, AuditOutcome.Success, null, null);
        e.Seq = 1;

        Assert.Equal($"{Firm:D}\u001f1\u001f2026-11-26T10:00:00.000000Z\u001f\u001f1080\u001f\u001f\u001f0\u001f\u001f", AuditHasher.Canonical(e));
    }

    public static TheoryData<string, AuditEvent> Variants() => new()
    {
        { "firm", Event(firm: Guid.NewGuid()) },
        { "seq", Event(seq: 8) },
        { "at", Event(at: At.AddTicks(1234570)) },
        { "actor", Event(actor: Guid.NewGuid()) },
        { "no actor", Event(noActor: true) },
        { "action", Event(action: AuditAction.UserDisabled) },
        { "target type", Event(targetType: "Firm") },
        { "target", Event(target: Guid.NewGuid()) },
        { "outcome", Event(outcome: AuditOutcome.Denied) },
        { "ip", Event(ip: "203.0.113.10") },
        { "details", Event(details: "{\"roles\":[\"admin\"]}") },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Changing_any_field_changes_the_hash(string field, AuditEvent changed)
    {
        Assert.NotEqual(AuditHasher.Hash(AuditHasher.Genesis, Event()), AuditHasher.Hash(AuditHasher.Genesis, changed));
        Assert.False(string.IsNullOrEmpty(field));
    }

    [Fact]
    public void The_previous_hash_is_part_of_the_hash()
    {
        var other = new string('1', 64);
        Assert.NotEqual(AuditHasher.Hash(AuditHasher.Genesis, Event()), AuditHasher.Hash(other, Event()));
    }

    [Fact]
    public void A_field_boundary_cannot_be_moved_to_forge_the_same_hash()
    {
        var a = Event(targetType: "Us", details: "er");
        var b = Event(targetType: "User", details: "");
        Assert.NotEqual(AuditHasher.Hash(AuditHasher.Genesis, a), AuditHasher.Hash(AuditHasher.Genesis, b));
    }

    private static AuditEvent Event(Guid? firm = null, long seq = 7, DateTime? at = null, Guid? actor = null, bool noActor = false,
        AuditAction action = AuditAction.UserCreated, string? targetType = "User", Guid? target = null,
        AuditOutcome outcome = AuditOutcome.Success, string? ip = "203.0.113.9", string? details = "{\"roles\":[\"staff\"]}")
    {
        var e = AuditEvent.Create(firm ?? Firm, at ?? At.AddTicks(1234567), noActor ? null : actor ?? Actor, action, targetType,
            target ?? Target, outcome, ip, details);
        e.Seq = seq;
        return e;
    }
}
